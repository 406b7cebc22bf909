package app.ponte.dashboard;

import app.ponte.program.ProgramId;
import java.util.Set;

/** A set of program ids. */
public record ProgramIds(Set<ProgramId> ids) {

    public ProgramIds {
        ids = Set.copyOf(ids);
    }
}
