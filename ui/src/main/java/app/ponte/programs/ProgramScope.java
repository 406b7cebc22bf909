package app.ponte.programs;

import app.ponte.program.ProgramId;
import java.util.Set;

/**
 * The programs the signed-in user may see, which every listing across programs is limited to. The only bean is the
 * security's (the signed-in user's programs, none for nobody): there is no fallback that would show every program.
 */
public interface ProgramScope {

    Set<ProgramId> visiblePrograms();
}
