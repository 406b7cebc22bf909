package app.ponte.dashboard;

import app.ponte.live.LiveQuery;
import app.ponte.live.ReadModelChanges;
import app.ponte.program.ProgramId;
import java.util.Set;

/** Asks for the programs in {@code programs}, the caller's access scope; an empty scope lists nothing. */
public record ListPrograms(Set<ProgramId> programs) implements LiveQuery {

    public ListPrograms {
        programs = programs == null ? Set.of() : Set.copyOf(programs);
    }

    @Override
    public boolean concerns(String topic) {
        return topic.equals(ReadModelChanges.PROGRAMS);
    }
}
