package app.ponte.privilege;

import java.util.Objects;
import java.util.UUID;

/** Identifies a user. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "UserId needs a value");
    }

    public static UserId of(String text) {
        return new UserId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
