package app.ponte.programs;

import app.ponte.dashboard.GetIndicatorsInPeriod;
import app.ponte.dashboard.GetProgramDashboard;
import app.ponte.dashboard.IndicatorsInPeriod;
import app.ponte.dashboard.ListPrograms;
import app.ponte.dashboard.ProgramDashboard;
import app.ponte.dashboard.ProgramSummary;
import app.ponte.layout.LiveUpdates;
import app.ponte.program.ProgramId;
import com.vaadin.flow.component.Component;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

/** What the programs screens may ask: the visible programs, one program's dashboard, and live notice of changes. */
@Service
public class ProgramsFacade {

    private final QueryGateway queries;
    private final ProgramScope scope;
    private final LiveUpdates live;

    ProgramsFacade(QueryGateway queries, ProgramScope scope, LiveUpdates live) {
        this.queries = queries;
        this.scope = scope;
        this.live = live;
    }

    public List<ProgramSummary> programs() {
        return queries.query(new ListPrograms(scope.visiblePrograms()),
                ResponseTypes.multipleInstancesOf(ProgramSummary.class)).join();
    }

    public ProgramDashboard dashboard(ProgramId programId) {
        return queries.query(new GetProgramDashboard(programId), ProgramDashboard.class).join();
    }

    /** The program's indicators over the chosen period; a null window is each indicator's current period. */
    public IndicatorsInPeriod indicators(ProgramId programId, PeriodChoice period) {
        var query = period.isCurrent() ? GetIndicatorsInPeriod.current(programId)
                : new GetIndicatorsInPeriod(programId, period.from(), period.to());
        return queries.query(query, IndicatorsInPeriod.class).join();
    }

    public void keepProgramsFresh(Component view, Runnable refresh) {
        live.keepFresh(view, new ListPrograms(scope.visiblePrograms()),
                ResponseTypes.multipleInstancesOf(ProgramSummary.class), refresh);
    }

    public void keepDashboardFresh(Component view, ProgramId programId, Runnable refresh) {
        live.keepFresh(view, new GetProgramDashboard(programId), ResponseTypes.instanceOf(ProgramDashboard.class),
                refresh);
    }
}
