package app.ponte.mission;

import java.util.Objects;
import java.util.UUID;

/** Identifies one mission. */
public record MissionId(UUID value) {

    public MissionId {
        Objects.requireNonNull(value, "MissionId needs a value");
    }

    public static MissionId random() {
        return new MissionId(UUID.randomUUID());
    }

    public static MissionId of(String text) {
        return new MissionId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
