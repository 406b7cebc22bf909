package app.ponte.mission;

import java.util.Objects;
import java.util.UUID;

/** Identifies one engagement (meeting, workshop, speech or visit within a mission). */
public record EngagementId(UUID value) {

    public EngagementId {
        Objects.requireNonNull(value, "EngagementId needs a value");
    }

    public static EngagementId random() {
        return new EngagementId(UUID.randomUUID());
    }

    public static EngagementId of(String text) {
        return new EngagementId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
