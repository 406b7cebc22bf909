package app.ponte.api;

import app.ponte.agenda.EngagementSummary;
import app.ponte.agenda.GetMissionAgenda;
import app.ponte.agenda.ListEngagements;
import app.ponte.agenda.ListMissions;
import app.ponte.agenda.MissionAgenda;
import app.ponte.agenda.MissionSummary;
import app.ponte.audit.HistoricalAgenda;
import app.ponte.audit.HistoricalDashboard;
import app.ponte.audit.ShowAgendaAsOf;
import app.ponte.audit.ShowProgramDashboardAsOf;
import app.ponte.dashboard.GetProgramDashboard;
import app.ponte.dashboard.GetProgramDashboardAsHappened;
import app.ponte.dashboard.ListPrograms;
import app.ponte.dashboard.ProgramDashboard;
import app.ponte.dashboard.ProgramSummary;
import app.ponte.followups.FollowUpItem;
import app.ponte.followups.ListFollowUps;
import app.ponte.mission.MissionId;
import app.ponte.opportunities.GetOpportunityBoard;
import app.ponte.opportunities.OpportunityCard;
import app.ponte.program.ProgramId;
import app.ponte.programs.ProgramScope;
import app.ponte.security.CurrentCaller;
import app.ponte.security.UnknownRecord;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read side of programs and missions over HTTP. Each endpoint is one query through the scoped query gateway,
 * which checks the program and drops entries of programs the caller is not a member of; listings are scoped to the
 * caller's programs and paged; one record of a program the caller may not see is 404, like one that does not exist.
 */
@RestController
class QueriesController {

    private static final int MAX_TEXT = 200;

    private final QueryGateway queries;
    private final ProgramScope scope;
    private final CurrentCaller callers;
    private final Clock clock;

    QueriesController(QueryGateway queries, ProgramScope scope, CurrentCaller callers, Clock clock) {
        this.clock = clock;
        this.queries = queries;
        this.scope = scope;
        this.callers = callers;
    }

    @GetMapping("/api/v1/programs")
    Page<ProgramSummary> programs(@RequestParam(required = false) Integer offset,
            @RequestParam(required = false) Integer limit) {
        var paging = Paging.of(offset, limit);
        return paging.slice(list(new ListPrograms(scope.visiblePrograms()), ProgramSummary.class).stream()
                .sorted(Comparator.comparing(ProgramSummary::name, Comparator.nullsLast(String::compareTo))
                        .thenComparing(program -> program.programId().toString()))
                .toList());
    }

    @GetMapping("/api/v1/programs/{programId}")
    ProgramSummary program(@PathVariable ProgramId programId) {
        return Visibility.orNotFound("program " + programId,
                () -> list(new ListPrograms(Set.of(programId)), ProgramSummary.class).stream().findFirst()
                        .orElseThrow(() -> new UnknownRecord("unknown")));
    }

    /**
     * The dashboard now, or on one of the two axes of "as of": {@code asOf} (as recorded at that moment, from the
     * events up to it) or {@code happenedBy} (as happened by the end of that business day, from today's record).
     */
    @GetMapping("/api/v1/programs/{programId}/dashboard")
    ProgramDashboard dashboard(@PathVariable ProgramId programId,
            @RequestParam(name = AsOfParameters.AS_OF, required = false) String asOf,
            @RequestParam(name = AsOfParameters.HAPPENED_BY, required = false) String happenedBy,
            HttpServletResponse response) {
        var when = AsOfParameters.read(asOf, happenedBy, clock);
        when.mayReadAsRecorded(callers);
        // The dashboard answers an empty one for any id; the program's own listing says whether it exists.
        program(programId);
        if (when.asRecorded()) {
            var historical = Visibility.orNotFound("program " + programId, () -> Answers.one(queries,
                    new ShowProgramDashboardAsOf(programId, when.asOf()), HistoricalDashboard.class));
            if (historical.events() == 0) {
                throw Visibility.notFound("program " + programId + " as of " + when.asOf());
            }
            when.labelAsRecorded(response, historical.events());
            return historical.dashboard();
        }
        if (when.happenedBy() != null) {
            when.labelAsHappened(response);
            return Visibility.orNotFound("program " + programId, () -> Answers.one(queries,
                    new GetProgramDashboardAsHappened(programId, when.happenedBy()), ProgramDashboard.class));
        }
        return Visibility.orNotFound("program " + programId,
                () -> Answers.one(queries, new GetProgramDashboard(programId), ProgramDashboard.class));
    }

    @GetMapping("/api/v1/missions")
    Page<MissionSummary> missions(@RequestParam(required = false) Integer offset,
            @RequestParam(required = false) Integer limit) {
        var paging = Paging.of(offset, limit);
        return paging.slice(list(new ListMissions(), MissionSummary.class));
    }

    /** The mission with its whole agenda, each engagement with its participants and outcomes. */
    @GetMapping("/api/v1/missions/{missionId}")
    MissionAgenda agenda(@PathVariable MissionId missionId,
            @RequestParam(name = AsOfParameters.AS_OF, required = false) String asOf,
            @RequestParam(name = AsOfParameters.HAPPENED_BY, required = false) String happenedBy,
            HttpServletResponse response) {
        var when = AsOfParameters.read(asOf, happenedBy, clock);
        when.mayReadAsRecorded(callers);
        if (when.asRecorded()) {
            var historical = Visibility.orNotFound("mission " + missionId, () -> Answers.one(queries,
                    new ShowAgendaAsOf(when.asOf(), missionId), HistoricalAgenda.class));
            var mission = historical.missions().stream().filter(m -> m.missionId().equals(missionId)).findFirst()
                    .orElseThrow(() -> Visibility.notFound("mission " + missionId + " as of " + when.asOf()));
            when.labelAsRecorded(response, historical.events());
            return new MissionAgenda(mission, historical.engagements().stream()
                    .filter(engagement -> engagement.missionId().equals(missionId)).toList());
        }
        var live = agenda(missionId);
        if (when.happenedBy() == null) {
            return live;
        }
        // As happened: today's record of what had taken place by the end of that day in the venue's zone.
        when.labelAsHappened(response);
        return new MissionAgenda(live.mission(), live.engagements().stream()
                .filter(engagement -> !engagement.venueStart().toLocalDate().isAfter(when.happenedBy())).toList());
    }

    private MissionAgenda agenda(MissionId missionId) {
        var agenda = Visibility.orNotFound("mission " + missionId,
                () -> Answers.one(queries, new GetMissionAgenda(missionId), MissionAgenda.class));
        if (agenda.mission() == null) {
            throw Visibility.notFound("mission " + missionId);
        }
        return agenda;
    }

    @GetMapping("/api/v1/missions/{missionId}/engagements")
    Page<EngagementSummary> engagements(@PathVariable MissionId missionId,
            @RequestParam(required = false) Integer offset, @RequestParam(required = false) Integer limit) {
        var paging = Paging.of(offset, limit);
        return paging.slice(Visibility.orNotFound("mission " + missionId,
                () -> list(new ListEngagements(missionId), EngagementSummary.class)));
    }

    /** Every outcome logged in a mission, engagement by engagement in time order. */
    @GetMapping("/api/v1/missions/{missionId}/outcomes")
    Page<MissionOutcome> outcomes(@PathVariable MissionId missionId, @RequestParam(required = false) Integer offset,
            @RequestParam(required = false) Integer limit) {
        var paging = Paging.of(offset, limit);
        return paging.slice(agenda(missionId).engagements().stream()
                .flatMap(engagement -> engagement.outcomes().stream().map(outcome -> new MissionOutcome(
                        outcome.outcomeId(), engagement.engagementId(), engagement.title(), outcome.kind(),
                        outcome.description())))
                .toList());
    }

    /** The opportunity board: every opportunity of the caller's programs, or of one of them. */
    @GetMapping("/api/v1/opportunities")
    Page<OpportunityCard> opportunities(@RequestParam(required = false) ProgramId program,
            @RequestParam(required = false) Integer offset, @RequestParam(required = false) Integer limit) {
        var paging = Paging.of(offset, limit);
        return paging.slice(list(new GetOpportunityBoard(programs(program)), OpportunityCard.class).stream()
                .sorted(Comparator.comparing(OpportunityCard::title, Comparator.nullsLast(String::compareTo))
                        .thenComparing(card -> card.opportunityId().toString()))
                .toList());
    }

    /**
     * Follow-ups, soonest due first: the caller's own ({@code mine}) or one owner's, only overdue or open ones, of
     * the caller's programs or of one of them.
     */
    @GetMapping("/api/v1/follow-ups")
    Page<FollowUpItem> followUps(@RequestParam(required = false) ProgramId program,
            @RequestParam(required = false) String owner, @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(required = false) Integer offset, @RequestParam(required = false) Integer limit) {
        var paging = Paging.of(offset, limit);
        if (owner != null && owner.length() > MAX_TEXT) {
            throw new InvalidParameter("owner", "must be at most " + MAX_TEXT + " characters");
        }
        if (mine && owner != null && !owner.isBlank()) {
            throw new InvalidParameter("owner", "cannot be combined with mine=true");
        }
        String ownerUserId = mine ? callers.current().orElseThrow().userId()
                : owner == null || owner.isBlank() ? null : owner.strip();
        return paging.fromProbe(list(new ListFollowUps(programs(program), ownerUserId, overdue, open,
                paging.offset(), paging.probe()), FollowUpItem.class));
    }

    /** The caller's programs, or just {@code program} when it is one of them; 404 for any other. */
    private Set<ProgramId> programs(ProgramId program) {
        var visible = scope.visiblePrograms();
        if (program == null) {
            return visible;
        }
        if (!visible.contains(program)) {
            throw Visibility.notFound("program " + program);
        }
        return Set.of(program);
    }

    private <T> List<T> list(Object query, Class<T> entry) {
        return Answers.list(queries, query, entry);
    }
}
