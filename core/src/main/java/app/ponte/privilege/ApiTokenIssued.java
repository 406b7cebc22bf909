package app.ponte.privilege;

import app.ponte.program.ProgramId;
import java.time.Instant;
import java.util.List;

/** A token acting for {@code userId} in {@code role}; {@code programs} empty means all of the user's own. */
public record ApiTokenIssued(ApiTokenId tokenId, UserId userId, String label, String role, List<ProgramId> programs,
        Instant expiresAt) implements ApiTokenEvent {
}
