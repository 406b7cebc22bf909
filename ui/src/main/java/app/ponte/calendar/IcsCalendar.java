package app.ponte.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * A calendar as written: its text (UTF-8 when sent), an entity tag over that text, and the latest change of any of
 * its events, for conditional requests. The text depends only on the record, never on when it was written, so the
 * same record gives the same tag.
 */
public record IcsCalendar(String text, String etag, Optional<Instant> lastModified, String fileName) {

    public static final String MEDIA_TYPE = "text/calendar";

    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
