package app.ponte.contact;

import java.util.Objects;
import java.util.UUID;

/** Identifies one contact person. */
public record ContactId(UUID value) {

    public ContactId {
        Objects.requireNonNull(value, "ContactId needs a value");
    }

    public static ContactId random() {
        return new ContactId(UUID.randomUUID());
    }

    public static ContactId of(String text) {
        return new ContactId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
