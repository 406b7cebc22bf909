package app.ponte.privilege;

import app.ponte.program.ProgramId;
import java.time.Instant;

/**
 * A wall-screen link showing {@code program}, or every program when it is null, until {@code expiresAt} (null:
 * until revoked), each panel for {@code rotationSeconds}.
 */
public record DisplayLinkCreated(DisplayLinkId linkId, String name, ProgramId program, Instant expiresAt,
        long rotationSeconds) implements DisplayLinkEvent {
}
