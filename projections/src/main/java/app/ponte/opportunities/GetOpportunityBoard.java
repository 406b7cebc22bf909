package app.ponte.opportunities;

import app.ponte.live.LiveQuery;
import app.ponte.live.ReadModelChanges;
import app.ponte.program.ProgramId;
import java.util.Set;

/** Asks for every opportunity within {@code programs} (the caller's scope; empty shows nothing). */
public record GetOpportunityBoard(Set<ProgramId> programs) implements LiveQuery {

    public GetOpportunityBoard {
        programs = programs == null ? Set.of() : Set.copyOf(programs);
    }

    @Override
    public boolean concerns(String topic) {
        return topic.equals(ReadModelChanges.OPPORTUNITIES);
    }
}
