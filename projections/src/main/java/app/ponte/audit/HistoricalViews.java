package app.ponte.audit;

import app.ponte.agenda.AgendaProjection;
import app.ponte.agenda.EngagementSummary;
import app.ponte.agenda.ListEngagements;
import app.ponte.agenda.ListMissions;
import app.ponte.agenda.MissionSummary;
import app.ponte.dashboard.DashboardCheckpoints;
import app.ponte.dashboard.GetProgramDashboard;
import app.ponte.dashboard.ProgramDashboardProjection;
import app.ponte.dashboard.StreamsByProgram;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;

/** Read models as they stood at a past moment, each rebuilt by {@link AsOf} with the live projection's own class. */
public class HistoricalViews {

    // Nobody subscribes to a replayed read model: its updates go nowhere.
    private static final QueryUpdateEmitter NO_UPDATES = SimpleQueryUpdateEmitter.builder().build();

    private final AsOf asOf;
    private final DashboardCheckpoints checkpoints;

    public HistoricalViews(AsOf asOf) {
        this(asOf, null);
    }

    /** With {@code checkpoints}, a dashboard as of a moment folds only the events after the nearest checkpoint. */
    public HistoricalViews(AsOf asOf, DashboardCheckpoints checkpoints) {
        this.asOf = asOf;
        this.checkpoints = checkpoints;
    }

    /**
     * The dashboard is folded in memory by the live projection's own handlers, from the nearest checkpoint when there
     * is one, so nothing is written while the past is rebuilt. Its projection counts "current period" and "overdue"
     * by its clock: here the clock stands still at the moment asked for, so the dashboard reads as it read then.
     */
    @QueryHandler
    public HistoricalDashboard handle(ShowProgramDashboardAsOf query) {
        Clock then = Clock.fixed(query.at(), ZoneOffset.UTC);
        var resumed = checkpoints == null ? Optional.<DashboardCheckpoints.Resumed>empty()
                : checkpoints.resume(query.programId(), query.at(), then);
        var dashboard = resumed.map(DashboardCheckpoints.Resumed::projection)
                .orElseGet(() -> ProgramDashboardProjection.inMemory(then));
        var streams = resumed.map(DashboardCheckpoints.Resumed::streams).orElseGet(StreamsByProgram::new);
        long applied = resumed.map(DashboardCheckpoints.Resumed::applied).orElse(0L)
                + asOf.fold(resumed.map(DashboardCheckpoints.Resumed::from).orElse(null), query.at(), dashboard,
                        new ProgramStreams(query.programId(), streams));
        return new HistoricalDashboard(query.at(), applied,
                dashboard.handle(new GetProgramDashboard(query.programId())));
    }

    @QueryHandler
    public HistoricalAgenda handle(ShowAgendaAsOf query) {
        // One mission's agenda is its own aggregate's events (engagements and outcomes live inside the mission):
        // read by its id, not by scanning the whole store for them.
        try (var replay = query.missionId() == null
                ? asOf.replay(query.at(), database -> new AgendaProjection(database, NO_UPDATES))
                : asOf.replayAggregate(query.at(), query.missionId().toString(),
                        database -> new AgendaProjection(database, NO_UPDATES))) {
            List<MissionSummary> missions = replay.projection().handle(new ListMissions());
            List<EngagementSummary> engagements = new ArrayList<>();
            for (MissionSummary mission : missions) {
                engagements.addAll(replay.projection().handle(new ListEngagements(mission.missionId())));
            }
            return new HistoricalAgenda(query.at(), replay.applied(), missions, engagements);
        }
    }
}
