package app.ponte.programs;

import app.ponte.dashboard.ListAllProgramIds;
import app.ponte.dashboard.ProgramIds;
import app.ponte.program.ProgramId;
import java.util.Set;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** Until access rules say otherwise, every program known to the dashboard is visible. */
@Component
class EveryProgram implements ProgramScope {

    private final QueryGateway queries;

    EveryProgram(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public Set<ProgramId> visiblePrograms() {
        return queries.query(new ListAllProgramIds(), ProgramIds.class).join().ids();
    }
}
