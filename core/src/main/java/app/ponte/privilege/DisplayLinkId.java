package app.ponte.privilege;

import java.util.Objects;
import java.util.UUID;

/** Identifies one display link. */
public record DisplayLinkId(UUID value) {

    public DisplayLinkId {
        Objects.requireNonNull(value, "DisplayLinkId needs a value");
    }

    public static DisplayLinkId of(String text) {
        return new DisplayLinkId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
