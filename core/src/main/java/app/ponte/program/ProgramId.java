package app.ponte.program;

import java.util.Objects;
import java.util.UUID;

/** Identifies one program. */
public record ProgramId(UUID value) {

    public ProgramId {
        Objects.requireNonNull(value, "ProgramId needs a value");
    }

    public static ProgramId random() {
        return new ProgramId(UUID.randomUUID());
    }

    public static ProgramId of(String text) {
        return new ProgramId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
