package app.ponte.followups;

import app.ponte.dashboard.ListPrograms;
import app.ponte.dashboard.ProgramSummary;
import app.ponte.followup.CompleteFollowUp;
import app.ponte.followup.FollowUpId;
import app.ponte.layout.LiveUpdates;
import app.ponte.program.ProgramId;
import app.ponte.programs.ProgramScope;
import app.ponte.security.Caller;
import app.ponte.security.CurrentCaller;
import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

/** What the follow-ups screen may ask: a page of follow-ups within the visible programs, and completing one. */
@Service
public class FollowUpsFacade {

    // The read model serves at most this many rows a call; grids ask for fewer, a page at a time.
    private static final int LARGEST_PAGE = 500;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ProgramScope scope;
    private final LiveUpdates live;
    private final Clock clock;
    private final CurrentCaller callers;

    FollowUpsFacade(CommandGateway commands, QueryGateway queries, ProgramScope scope, LiveUpdates live, Clock clock,
            CurrentCaller callers) {
        this.commands = commands;
        this.queries = queries;
        this.scope = scope;
        this.live = live;
        this.clock = clock;
        this.callers = callers;
    }

    /** The owner that stands for the signed-in user on a follow-up, as the API's {@code mine=true} reads it. */
    public Optional<String> myUserId() {
        return callers.current().map(Caller::userId);
    }

    /** {@code program} narrows the visible programs to one; null keeps them all. */
    public List<FollowUpItem> page(ProgramId program, String owner, boolean overdueOnly, boolean openOnly,
            int offset, int limit) {
        var programs = programsOf(program);
        return queries.query(new ListFollowUps(programs, owner, overdueOnly, openOnly, offset, Math.min(limit, LARGEST_PAGE)),
                ResponseTypes.multipleInstancesOf(FollowUpItem.class)).join();
    }

    /** The visible programs, or only {@code program} when it is one of them (none when it is not). */
    public Set<ProgramId> programsOf(ProgramId program) {
        var visible = scope.visiblePrograms();
        return program == null ? visible : visible.contains(program) ? Set.of(program) : Set.<ProgramId>of();
    }

    public List<ProgramSummary> programs() {
        return queries.query(new ListPrograms(scope.visiblePrograms()),
                ResponseTypes.multipleInstancesOf(ProgramSummary.class)).join();
    }

    public void keepFresh(Component view, Runnable refresh) {
        live.keepFresh(view, new ListFollowUps(scope.visiblePrograms(), null, false, false, 0, 1),
                ResponseTypes.multipleInstancesOf(FollowUpItem.class), refresh);
    }

    /** Done today, by the server's calendar; throws the domain's rejection as it is worded. */
    public void complete(FollowUpId followUpId) {
        commands.sendAndWait(new CompleteFollowUp(followUpId, LocalDate.now(clock), null));
    }
}
