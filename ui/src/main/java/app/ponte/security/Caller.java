package app.ponte.security;

import app.ponte.program.ProgramId;
import app.ponte.shared.Source;
import java.util.Set;

/**
 * Who is calling right now, as the access checks see it: a signed-in user or the holder of an API token, with the
 * role they act in and the programs they may see.
 *
 * @param everyProgram true for administrators (not restricted to {@code programs})
 */
public record Caller(String userId, String username, Role role, Set<ProgramId> programs, boolean everyProgram,
        Source source) {

    public Caller {
        programs = Set.copyOf(programs);
    }

    public boolean mayAccess(ProgramId program) {
        return everyProgram || programs.contains(program);
    }
}
