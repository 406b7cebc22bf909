package app.ponte.privilege;

import java.util.Objects;
import java.util.UUID;

/** Identifies one API token. */
public record ApiTokenId(UUID value) {

    public ApiTokenId {
        Objects.requireNonNull(value, "ApiTokenId needs a value");
    }

    public static ApiTokenId of(String text) {
        return new ApiTokenId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
