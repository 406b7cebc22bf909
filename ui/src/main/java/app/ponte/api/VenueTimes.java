package app.ponte.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The date-times of commands are wall-clock times at the venue ({@code 2017-05-16T09:30:00}), as an officer reads
 * them on an invitation. A script often holds an instant instead ({@code 2017-05-16T01:30:00Z} or
 * {@code 2017-05-16T09:30:00+08:00}); that is just as exact, so it is accepted and turned into the venue's wall-clock
 * time in the zone of the record the command is about (the mission's). Anything else is refused with the expected
 * forms, rather than read by guessing (a "Z" dropped silently would shift the time by the venue's offset).
 */
final class VenueTimes {

    /** The attribute a command reader carries: how to learn the venue's zone, asked only for an instant. */
    static final String ZONE = "ponte.venue-zone";

    static final String RULE = "expected a local date-time like 2017-05-16T09:30:00 or an instant with offset like "
            + "2017-05-16T01:30:00Z";

    /** Both accepted forms, for the OpenAPI document. */
    static final String PATTERN = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?"
            + "(Z|[+-]\\d{2}:\\d{2})?$";

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern LOCAL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");
    private static final Pattern INSTANT = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");

    private VenueTimes() {
    }

    /**
     * Adds to an agenda's engagement its venue times, {@code "venueStart": "2017-05-16T09:30:00"}, beside the
     * instants and the zone it already has: the time an officer reads on the invitation, without a client having to
     * know time zone rules.
     */
    abstract static class EngagementVenueTimes {

        @JsonProperty("venueStart")
        @JsonSerialize(using = Writer.class)
        abstract ZonedDateTime venueStart();

        @JsonProperty("venueEnd")
        @JsonSerialize(using = Writer.class)
        abstract ZonedDateTime venueEnd();
    }

    /** Reads a date only as written in ISO form, 2017-05-16: no epoch days, no [2017, 5, 16] arrays. */
    static final class DateReader extends JsonDeserializer<LocalDate> {

        @Override
        public LocalDate deserialize(JsonParser json, DeserializationContext context) throws IOException {
            String text = json.currentToken() == JsonToken.VALUE_STRING ? json.getText().strip() : null;
            if (text != null && DATE.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                } catch (DateTimeParseException impossible) {
                    // 2017-02-30: the form of a date, but none.
                }
            }
            throw InvalidFormatException.from(json, "expected a date like 2017-05-16", json.getText(),
                    LocalDate.class);
        }

        @Override
        public Class<?> handledType() {
            return LocalDate.class;
        }
    }

    /** Writes a venue time as the local date-time that commands take, in the venue's own zone. */
    static final class Writer extends JsonSerializer<ZonedDateTime> {

        @Override
        public void serialize(ZonedDateTime value, JsonGenerator json, SerializerProvider provider)
                throws IOException {
            json.writeString(value.toLocalDateTime().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        }
    }

    /** Reads a venue date-time in either form; see the class comment. */
    static final class Reader extends JsonDeserializer<LocalDateTime> {

        @Override
        public LocalDateTime deserialize(JsonParser json, DeserializationContext context) throws IOException {
            if (json.currentToken() != JsonToken.VALUE_STRING) {
                throw InvalidFormatException.from(json, RULE, json.getText(), LocalDateTime.class);
            }
            String text = json.getText().strip();
            try {
                if (LOCAL.matcher(text).matches()) {
                    return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
                }
                if (INSTANT.matcher(text).matches()) {
                    var instant = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                    if (context.getAttribute(ZONE) instanceof Supplier<?> zone) {
                        return instant.atZoneSameInstant((ZoneId) zone.get()).toLocalDateTime();
                    }
                }
            } catch (DateTimeParseException impossible) {
                // 2017-02-30T10:00:00 has the form but names no time: the same answer as any other bad text.
            }
            throw InvalidFormatException.from(json, RULE, text, LocalDateTime.class);
        }

        @Override
        public Class<?> handledType() {
            return LocalDateTime.class;
        }
    }
}
