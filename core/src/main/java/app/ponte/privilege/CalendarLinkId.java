package app.ponte.privilege;

import java.util.Objects;
import java.util.UUID;

/** Identifies one personal calendar link. */
public record CalendarLinkId(UUID value) {

    public CalendarLinkId {
        Objects.requireNonNull(value, "CalendarLinkId needs a value");
    }

    public static CalendarLinkId of(String text) {
        return new CalendarLinkId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
