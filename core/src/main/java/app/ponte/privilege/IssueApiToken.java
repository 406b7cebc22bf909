package app.ponte.privilege;

import app.ponte.program.ProgramId;
import app.ponte.shared.Check;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a token issued to a user; the secret is shown once to its holder and kept nowhere. */
public record IssueApiToken(@TargetAggregateIdentifier ApiTokenId tokenId, UserId userId, String label, String role,
        List<ProgramId> programs, Instant expiresAt) {

    public IssueApiToken {
        Check.present("tokenId", tokenId);
        Check.present("userId", userId);
        label = Check.text("label", label, Check.NAME_MAX);
        role = Access.role("role", role);
        programs = Access.programs("programs", programs);
        Check.present("expiresAt", expiresAt);
    }
}
