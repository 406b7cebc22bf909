package app.ponte.privilege;

import app.ponte.program.ProgramId;
import app.ponte.shared.Check;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives the user this role and these programs; what did not change is not recorded again. */
public record ChangeUserAccess(@TargetAggregateIdentifier UserId userId, String role, List<ProgramId> programs) {

    public ChangeUserAccess {
        Check.present("userId", userId);
        role = Access.role("role", role);
        programs = Access.programs("programs", programs);
    }
}
