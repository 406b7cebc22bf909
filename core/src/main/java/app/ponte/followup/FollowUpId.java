package app.ponte.followup;

import java.util.Objects;
import java.util.UUID;

/** Identifies one follow-up. */
public record FollowUpId(UUID value) {

    public FollowUpId {
        Objects.requireNonNull(value, "FollowUpId needs a value");
    }

    public static FollowUpId random() {
        return new FollowUpId(UUID.randomUUID());
    }

    public static FollowUpId of(String text) {
        return new FollowUpId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
