package app.ponte.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * A calendar as written: its text (UTF-8 when sent) and, for conditional requests, the entity tag and last change of
 * the inputs it was written from ({@link CalendarVersion}). The text depends only on the record, never on when it was
 * written, so the same record gives the same text and the same tag.
 */
public record IcsCalendar(String text, String etag, Optional<Instant> lastModified, String fileName) {

    public static final String MEDIA_TYPE = "text/calendar";

    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
