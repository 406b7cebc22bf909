package app.ponte.privilege;

import app.ponte.program.ProgramId;
import java.util.List;

/** A user who may sign in, in {@code role}, as a member of {@code programs}. */
public record UserCreated(UserId userId, String username, String role, List<ProgramId> programs)
        implements UserEvent {
}
