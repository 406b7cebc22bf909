package app.ponte.privilege;

import app.ponte.program.ProgramId;
import app.ponte.shared.Check;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a new user; the password is kept apart from the record, as a hash in the account store only. */
public record CreateUser(@TargetAggregateIdentifier UserId userId, String username, String role,
        List<ProgramId> programs) {

    public CreateUser {
        Check.present("userId", userId);
        username = Check.text("username", username, Check.NAME_MAX);
        role = Access.role("role", role);
        programs = Access.programs("programs", programs);
    }
}
