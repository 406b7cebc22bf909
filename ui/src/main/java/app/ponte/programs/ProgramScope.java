package app.ponte.programs;

import app.ponte.program.ProgramId;
import java.util.Set;

/**
 * The programs the signed-in user may see, which every listing across programs is limited to. Sign-in and access
 * rules replace the default (every program) with a bean of their own marked {@code @Primary}.
 */
public interface ProgramScope {

    Set<ProgramId> visiblePrograms();
}
