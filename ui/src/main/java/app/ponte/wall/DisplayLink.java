package app.ponte.wall;

import app.ponte.program.ProgramId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A display link as stored: never the token itself, only its hash. {@code program} is empty when the link shows every
 * program.
 */
public record DisplayLink(
        String linkId,
        String name,
        Optional<ProgramId> program,
        Duration rotation,
        Instant createdAt,
        Optional<Instant> expiresAt,
        Optional<Instant> revokedAt) {

    public boolean validAt(Instant now) {
        return revokedAt.isEmpty() && expiresAt.map(now::isBefore).orElse(true);
    }

    public boolean showsEveryProgram() {
        return program.isEmpty();
    }
}
