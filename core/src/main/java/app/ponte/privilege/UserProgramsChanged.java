package app.ponte.privilege;

import app.ponte.program.ProgramId;
import java.util.List;

/** The programs the user is a member of from now on, all of them (not a difference). */
public record UserProgramsChanged(UserId userId, List<ProgramId> programs) implements UserEvent {
}
