package app.ponte.dashboard;

import app.ponte.followup.FollowUpAssigned;
import app.ponte.followup.FollowUpCompleted;
import app.ponte.followup.FollowUpDeadline;
import app.ponte.followup.FollowUpId;
import app.ponte.followup.FollowUpReassigned;
import app.ponte.followup.FollowUpReopened;
import app.ponte.live.ReadModelChanges;
import app.ponte.mission.AttendanceRecorded;
import app.ponte.mission.EngagementCancelled;
import app.ponte.mission.EngagementHeld;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.EngagementRescheduled;
import app.ponte.mission.EngagementScheduled;
import app.ponte.mission.MissionAmended;
import app.ponte.mission.MissionCancelled;
import app.ponte.mission.MissionCompleted;
import app.ponte.mission.MissionConfirmed;
import app.ponte.mission.MissionId;
import app.ponte.mission.MissionPlanned;
import app.ponte.mission.OutcomeAmended;
import app.ponte.mission.OutcomeKind;
import app.ponte.mission.OutcomeLogged;
import app.ponte.mission.OutcomeRetracted;
import app.ponte.opportunity.OpportunityAdvanced;
import app.ponte.opportunity.OpportunityDropped;
import app.ponte.opportunity.OpportunityOpened;
import app.ponte.opportunity.OpportunityReopened;
import app.ponte.opportunity.OpportunityStage;
import app.ponte.organization.OrganizationDetailsCorrected;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationRegistered;
import app.ponte.organization.OrganizationRenamed;
import app.ponte.program.IndicatorDefined;
import app.ponte.program.IndicatorDropped;
import app.ponte.program.IndicatorKind;
import app.ponte.program.ProgramAmended;
import app.ponte.program.ProgramClosed;
import app.ponte.program.ProgramId;
import app.ponte.program.ProgramLaunched;
import app.ponte.shared.Period;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

/**
 * The program dashboard as a fold over the events: each handler says what an event changes in the program's
 * {@link DashboardBook}, and the query adds the book up. Counts and actuals are summed at query time from the
 * entries, because "current period" and "overdue" depend on the day of the query, not of the event. The live read
 * model keeps its book in MongoDB; a dashboard "as of" a past moment is the same handlers folded into a book in
 * memory ({@link #inMemory(Clock)}), so the past is computed exactly as the present is.
 */
@ProcessingGroup(ProgramDashboardProjection.PROCESSING_GROUP)
public class ProgramDashboardProjection {

    public static final String PROCESSING_GROUP = "dashboard";
    /**
     * The shape of what the handlers write. A read model built by an older version lacks something the query now
     * reads (version 2: the outcome an opportunity came from), so the application replays the events into it once
     * (see {@code DashboardRebuild}).
     */
    public static final int VERSION = 2;
    static final int FEED_LENGTH = 12;
    private static final int UPCOMING_LENGTH = 8;
    private static final int CHART_LENGTH = 10;

    private final DashboardBook book;
    // Absent while folding the past: nobody watches a replay, and it must not write anywhere.
    private final ReadModelChanges changes;
    private final Clock clock;

    public ProgramDashboardProjection(MongoDatabase database, ReadModelChanges changes, Clock clock) {
        this(new MongoDashboardBook(database, FEED_LENGTH), changes, clock);
    }

    ProgramDashboardProjection(DashboardBook book, ReadModelChanges changes, Clock clock) {
        this.book = book;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * A projection that keeps everything in memory and tells nobody of its changes: feed it a program's events up to
     * a moment, with its clock standing at that moment, and its query answers as the live dashboard did then.
     */
    public static ProgramDashboardProjection inMemory(Clock clock) {
        return new ProgramDashboardProjection(new InMemoryDashboardBook(FEED_LENGTH), null, clock);
    }

    // ---- programs

    @EventHandler
    void on(ProgramLaunched event) {
        describe(event.programId(), event.name(), event.period());
    }

    @EventHandler
    void on(ProgramAmended event) {
        describe(event.programId(), event.name(), event.period());
    }

    private void describe(ProgramId programId, String name, Period period) {
        book.header(programId, new Document("name", name).append("start", period.start().toString())
                .append("end", period.end().toString()));
        touch(ReadModelChanges.program(programId), ReadModelChanges.PROGRAMS);
    }

    @EventHandler
    void on(IndicatorDefined event) {
        var targets = event.targets().stream()
                .map(t -> new Document("s", t.period().start().toString()).append("e", t.period().end().toString())
                        .append("t", t.target()))
                .toList();
        put(event.programId(), DashboardBook.INDICATORS, event.kind().name(), new Document("targets", targets));
    }

    @EventHandler
    void on(IndicatorDropped event) {
        book.remove(event.programId(), DashboardBook.INDICATORS, event.kind().name());
        touch(ReadModelChanges.program(event.programId()));
    }

    @EventHandler
    void on(ProgramClosed event) {
        book.header(event.programId(), new Document("closed", true));
        touch(ReadModelChanges.program(event.programId()), ReadModelChanges.PROGRAMS);
    }

    // ---- missions and engagements

    @EventHandler
    void on(MissionPlanned event, @MessageIdentifier String id, @Timestamp Instant at) {
        book.missionOf(event.missionId().toString(), event.programId());
        book.header(event.programId(), new Document());
        put(event.programId(), DashboardBook.MISSIONS, event.missionId().toString(),
                new Document("t", event.title()).append("s", "PLANNED").append("d", event.startDate().toString())
                        .append("e", event.endDate().toString()));
        record(event.programId(), id, at, "MISSION_PLANNED", event.title());
        touch(ReadModelChanges.PROGRAMS);
    }

    @EventHandler
    void on(MissionAmended event) {
        merge(event.programId(), DashboardBook.MISSIONS, event.missionId().toString(),
                new Document("t", event.title()).append("d", event.startDate().toString())
                        .append("e", event.endDate().toString()));
    }

    @EventHandler
    void on(MissionConfirmed event) {
        merge(event.programId(), DashboardBook.MISSIONS, event.missionId().toString(), new Document("s", "CONFIRMED"));
    }

    @EventHandler
    void on(MissionCompleted event, @MessageIdentifier String id, @Timestamp Instant at) {
        merge(event.programId(), DashboardBook.MISSIONS, event.missionId().toString(), new Document("s", "COMPLETED"));
        record(event.programId(), id, at, "MISSION_COMPLETED", event.title());
    }

    @EventHandler
    void on(MissionCancelled event, @MessageIdentifier String id, @Timestamp Instant at) {
        merge(event.programId(), DashboardBook.MISSIONS, event.missionId().toString(), new Document("s", "CANCELLED"));
        event.cancelledEngagements().forEach(engagement -> merge(event.programId(), DashboardBook.ENGAGEMENTS,
                engagement.toString(), new Document("s", "CANCELLED")));
        record(event.programId(), id, at, "MISSION_CANCELLED", event.title());
    }

    @EventHandler
    void on(EngagementScheduled event, @MessageIdentifier String id, @Timestamp Instant at) {
        var programId = event.programId();
        put(programId, DashboardBook.ENGAGEMENTS, event.engagementId().toString(),
                new Document("m", event.missionId().toString()).append("k", event.kind().name())
                        .append("t", event.title()).append("s", "SCHEDULED")
                        .append("at", Date.from(event.startsAt())).append("z", event.zone().getId())
                        .append("c", ids(event.counterparts())).append("th", event.themes()));
        record(programId, id, at, "ENGAGEMENT_SCHEDULED", event.title());
    }

    @EventHandler
    void on(EngagementRescheduled event) {
        merge(event.programId(), DashboardBook.ENGAGEMENTS, event.engagementId().toString(),
                new Document("at", Date.from(event.startsAt())));
    }

    @EventHandler
    void on(EngagementCancelled event, @MessageIdentifier String id, @Timestamp Instant at) {
        merge(event.programId(), DashboardBook.ENGAGEMENTS, event.engagementId().toString(),
                new Document("s", "CANCELLED"));
        record(event.programId(), id, at, "ENGAGEMENT_CANCELLED",
                title(event.programId(), DashboardBook.ENGAGEMENTS, event.engagementId().toString()));
    }

    @EventHandler
    void on(EngagementHeld event, @MessageIdentifier String id, @Timestamp Instant at) {
        merge(event.programId(), DashboardBook.ENGAGEMENTS, event.engagementId().toString(),
                new Document("s", "HELD").append("k", event.kind().name()).append("c", ids(event.counterparts())));
        record(event.programId(), id, at, "ENGAGEMENT_HELD",
                title(event.programId(), DashboardBook.ENGAGEMENTS, event.engagementId().toString()));
    }

    @EventHandler
    void on(AttendanceRecorded event) {
        merge(event.programId(), DashboardBook.ENGAGEMENTS, event.engagementId().toString(),
                new Document("p", ids(event.organizationsPresent())));
    }

    // ---- outcomes

    @EventHandler
    void on(OutcomeLogged event, @MessageIdentifier String id, @Timestamp Instant at) {
        put(event.programId(), DashboardBook.OUTCOMES, event.outcomeId().toString(), outcome(event.engagementId(),
                event.kind(), event.description(), event.counterparts(), event.themes()));
        record(event.programId(), id, at, "OUTCOME_LOGGED", event.description());
    }

    @EventHandler
    void on(OutcomeAmended event) {
        put(event.programId(), DashboardBook.OUTCOMES, event.outcomeId().toString(), outcome(event.engagementId(),
                event.kind(), event.description(), event.counterparts(), event.themes()));
    }

    @EventHandler
    void on(OutcomeRetracted event) {
        book.remove(event.programId(), DashboardBook.OUTCOMES, event.outcomeId().toString());
        touch(ReadModelChanges.program(event.programId()));
    }

    private static Document outcome(EngagementId engagementId, OutcomeKind kind, String description,
            List<OrganizationId> counterparts, List<String> themes) {
        return new Document("e", engagementId.toString()).append("k", kind.name()).append("t", description)
                .append("c", ids(counterparts)).append("th", themes);
    }

    // ---- opportunities

    @EventHandler
    void on(OpportunityOpened event, @MessageIdentifier String id, @Timestamp Instant at) {
        // The outcome's engagement gives the opportunity its business day. Kept here as well as looked up at query
        // time, because the outcome's own entry goes when it is retracted; null if this segment has not seen it yet.
        var engagement = book.field(event.programId(), DashboardBook.OUTCOMES, event.outcomeId().toString(), "e");
        put(event.programId(), DashboardBook.OPPORTUNITIES, event.opportunityId().toString(),
                new Document("t", event.title()).append("st", event.stage().name()).append("x", false)
                        .append("d", Date.from(at)).append("o", event.outcomeId().toString())
                        .append("e", engagement));
        record(event.programId(), id, at, "OPPORTUNITY_OPENED", event.title());
    }

    @EventHandler
    void on(OpportunityAdvanced event, @MessageIdentifier String id, @Timestamp Instant at) {
        merge(event.programId(), DashboardBook.OPPORTUNITIES, event.opportunityId().toString(),
                new Document("st", event.to().name()));
        record(event.programId(), id, at, "OPPORTUNITY_ADVANCED", event.title());
    }

    @EventHandler
    void on(OpportunityDropped event) {
        merge(event.programId(), DashboardBook.OPPORTUNITIES, event.opportunityId().toString(),
                new Document("x", true));
    }

    @EventHandler
    void on(OpportunityReopened event) {
        merge(event.programId(), DashboardBook.OPPORTUNITIES, event.opportunityId().toString(),
                new Document("st", event.to().name()).append("x", false));
    }

    // ---- follow-ups

    @EventHandler
    void on(FollowUpAssigned event) {
        put(event.programId(), DashboardBook.FOLLOW_UPS, event.followUpId().toString(),
                new Document("o", event.ownerUserId()).append("due", event.dueOn().toString())
                        .append("t", event.description()));
    }

    @EventHandler
    void on(FollowUpReassigned event) {
        merge(event.programId(), DashboardBook.FOLLOW_UPS, event.followUpId().toString(),
                new Document("o", event.ownerUserId()).append("due", event.dueOn().toString()));
    }

    @EventHandler
    void on(FollowUpCompleted event, @MessageIdentifier String id, @Timestamp Instant at) {
        merge(event.programId(), DashboardBook.FOLLOW_UPS, event.followUpId().toString(),
                new Document("done", event.completedOn().toString()));
        record(event.programId(), id, at, "FOLLOW_UP_COMPLETED",
                title(event.programId(), DashboardBook.FOLLOW_UPS, event.followUpId().toString()));
    }

    @EventHandler
    void on(FollowUpReopened event) {
        var reopened = new Document("done", null);
        reopened.put("due", event.dueOn().toString());
        merge(event.programId(), DashboardBook.FOLLOW_UPS, event.followUpId().toString(), reopened);
    }

    // ---- organizations, for counterparts by country and type

    @EventHandler
    void on(OrganizationRegistered event) {
        book.organization(event.organizationId().toString(), new Document("name", event.name())
                .append("country", event.country().value()).append("type", event.type().name()));
    }

    @EventHandler
    void on(OrganizationRenamed event) {
        book.organization(event.organizationId().toString(), new Document("name", event.name()));
    }

    @EventHandler
    void on(OrganizationDetailsCorrected event) {
        book.organization(event.organizationId().toString(), new Document("country", event.country().value())
                .append("type", event.type().name()));
    }

    @ResetHandler
    void reset() {
        book.reset();
    }

    // ---- writing

    private void put(ProgramId programId, String section, String id, Document entry) {
        book.put(programId, section, id, entry);
        touch(ReadModelChanges.program(programId));
    }

    private void merge(ProgramId programId, String section, String id, Document fields) {
        book.merge(programId, section, id, fields);
        touch(ReadModelChanges.program(programId));
    }

    /** The title the feed shows for an entry, read from that entry alone. */
    private String title(ProgramId programId, String section, String id) {
        var title = book.field(programId, section, id, "t");
        return title == null ? "" : title.toString();
    }

    private void record(ProgramId programId, String id, Instant at, String what, String title) {
        book.record(programId, new Document("id", id).append("at", Date.from(at)).append("what", what)
                .append("title", title));
    }

    private void touch(String... topics) {
        if (changes != null) {
            changes.touch(topics);
        }
    }

    private static List<String> ids(Collection<OrganizationId> organizationIds) {
        return organizationIds.stream().map(OrganizationId::toString).toList();
    }

    // ---- queries

    @QueryHandler
    public ProgramIds handle(ListAllProgramIds query) {
        return new ProgramIds(book.programs());
    }

    @QueryHandler
    public List<ProgramSummary> handle(ListPrograms query) {
        if (query.programs().isEmpty()) {
            return List.of();
        }
        var summaries = new ArrayList<ProgramSummary>();
        for (var program : book.read(query.programs())) {
            var header = program.header();
            summaries.add(new ProgramSummary(ProgramId.of(program.programId()), nameOf(program),
                    date(header.getString("start")), date(header.getString("end")),
                    header.getBoolean("closed", false), program.section(DashboardBook.MISSIONS).size(),
                    count(program.section(DashboardBook.ENGAGEMENTS), e -> "HELD".equals(e.getString("s"))),
                    program.section(DashboardBook.OUTCOMES).size()));
        }
        summaries.sort(Comparator.comparing(ProgramSummary::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(s -> s.programId().toString()));
        return summaries;
    }

    @QueryHandler
    public ProgramDashboard handle(GetProgramDashboard query) {
        return dashboard(query.programId(), book.read(query.programId()), clock.instant(), LocalDate.now(clock));
    }

    /**
     * The dashboard "as happened" by a business day: what today's record says had taken place by the end of that
     * day, whenever it was recorded. Only what has a business day can be cut there: engagements by their day in the
     * venue's zone, outcomes and opportunities by their engagement's day, missions by their first day (completed
     * only if they ended by then), follow-ups done only if done by then. Opportunities stand at their stage now, and
     * the activity feed, which lists recordings, keeps what was recorded by the end of that day (UTC).
     */
    @QueryHandler
    public ProgramDashboard handle(GetProgramDashboardAsHappened query) {
        var program = book.read(query.programId());
        var day = query.day();
        var engagements = program.section(DashboardBook.ENGAGEMENTS);
        var outcomes = program.section(DashboardBook.OUTCOMES);
        var sections = new HashMap<String, Map<String, Document>>(program.sections());
        var keptEngagements = kept(engagements, e -> !dayOf(e).isAfter(day));
        sections.put(DashboardBook.ENGAGEMENTS, keptEngagements);
        sections.put(DashboardBook.OUTCOMES, kept(outcomes, o -> keptEngagements.containsKey(o.getString("e"))));
        sections.put(DashboardBook.OPPORTUNITIES, kept(program.section(DashboardBook.OPPORTUNITIES),
                o -> !businessDayOf(o, outcomes, engagements).isAfter(day)));
        var missions = new LinkedHashMap<String, Document>();
        program.section(DashboardBook.MISSIONS).forEach((id, mission) -> {
            var first = date(mission.getString("d"));
            if (first == null || !first.isAfter(day)) {
                var last = date(mission.getString("e"));
                missions.put(id, last != null && last.isAfter(day) ? without(mission, "s") : mission);
            }
        });
        sections.put(DashboardBook.MISSIONS, missions);
        var followUps = new LinkedHashMap<String, Document>();
        program.section(DashboardBook.FOLLOW_UPS).forEach((id, followUp) -> {
            var done = date(followUp.getString("done"));
            followUps.put(id, done != null && done.isAfter(day) ? without(followUp, "done") : followUp);
        });
        sections.put(DashboardBook.FOLLOW_UPS, followUps);
        var endOfDay = day.plusDays(1).atStartOfDay(ZoneId.of("UTC")).toInstant();
        var feed = program.feed().stream().filter(item -> item.getDate("at").toInstant().isBefore(endOfDay))
                .toList();
        return dashboard(query.programId(), new DashboardBook.ProgramBook(program.programId(), program.header(),
                sections, feed), endOfDay, day);
    }

    private static Map<String, Document> kept(Map<String, Document> entries, Predicate<Document> keep) {
        var kept = new LinkedHashMap<String, Document>();
        entries.forEach((id, entry) -> {
            if (keep.test(entry)) {
                kept.put(id, entry);
            }
        });
        return kept;
    }

    private static Document without(Document entry, String field) {
        var copy = new Document(entry);
        copy.remove(field);
        return copy;
    }

    private ProgramDashboard dashboard(ProgramId programId, DashboardBook.ProgramBook program, Instant now,
            LocalDate today) {

        var engagements = program.section(DashboardBook.ENGAGEMENTS);
        var outcomes = program.section(DashboardBook.OUTCOMES);
        var opportunities = program.section(DashboardBook.OPPORTUNITIES);
        var followUps = program.section(DashboardBook.FOLLOW_UPS);

        var byCountry = new HashMap<String, Set<String>>();
        var byType = new HashMap<String, Set<String>>();
        var byTheme = new HashMap<String, Set<String>>();
        var counterpartIds = new HashSet<String>();
        engagements.values().stream().filter(e -> !"CANCELLED".equals(e.getString("s"))).forEach(e -> {
            var met = organizationsOf(e);
            counterpartIds.addAll(met);
            for (String theme : e.getList("th", String.class, List.of())) {
                byTheme.computeIfAbsent(theme, t -> new HashSet<>()).addAll(met);
            }
        });
        outcomes.values().forEach(o -> counterpartIds.addAll(o.getList("c", String.class, List.of())));
        var known = book.organizations(counterpartIds);
        for (String organization : counterpartIds) {
            var details = known.get(organization);
            var country = details == null ? "?" : details.getString("country");
            var type = details == null ? "?" : details.getString("type");
            byCountry.computeIfAbsent(country, c -> new HashSet<>()).add(organization);
            byType.computeIfAbsent(type, t -> new HashSet<>()).add(organization);
        }

        var outcomesByKind = new EnumMap<OutcomeKind, Long>(OutcomeKind.class);
        for (OutcomeKind kind : OutcomeKind.values()) {
            outcomesByKind.put(kind, outcomes.values().stream().filter(o -> kind.name().equals(o.getString("k")))
                    .count());
        }
        var funnel = new EnumMap<OpportunityStage, Long>(OpportunityStage.class);
        for (OpportunityStage stage : OpportunityStage.values()) {
            funnel.put(stage, opportunities.values().stream()
                    .filter(o -> !o.getBoolean("x", false) && stage.name().equals(o.getString("st"))).count());
        }

        var upcoming = engagements.entrySet().stream()
                .filter(e -> "SCHEDULED".equals(e.getValue().getString("s"))
                        && !e.getValue().getDate("at").toInstant().isBefore(now))
                .map(e -> new UpcomingEngagement(EngagementId.of(e.getKey()),
                        MissionId.of(e.getValue().getString("m")), EngagementKind.valueOf(e.getValue().getString("k")),
                        e.getValue().getString("t"), e.getValue().getDate("at").toInstant(),
                        ZoneId.of(e.getValue().getString("z"))))
                .sorted(Comparator.comparing(UpcomingEngagement::startsAt).thenComparing(UpcomingEngagement::title)
                        .thenComparing(e -> e.engagementId().toString()))
                .limit(UPCOMING_LENGTH)
                .toList();
        var overdue = followUps.entrySet().stream()
                .map(f -> {
                    var deadline = new FollowUpDeadline(date(f.getValue().getString("due")),
                            date(f.getValue().getString("done")));
                    return new OverdueFollowUp(FollowUpId.of(f.getKey()), f.getValue().getString("o"),
                            f.getValue().getString("t"), deadline.dueOn(), deadline.daysOverdue(today));
                })
                .filter(f -> f.daysOverdue() > 0)
                .sorted(Comparator.comparing(OverdueFollowUp::dueOn).thenComparing(f -> f.followUpId().toString()))
                .toList();
        var activity = program.feed().stream()
                .map(item -> new Activity(item.getString("id"), item.getDate("at").toInstant(),
                        item.getString("what"), item.getString("title")))
                .toList();

        return new ProgramDashboard(programId, nameOf(program), date(program.header().getString("start")),
                date(program.header().getString("end")),
                indicators(program, engagements, outcomes, opportunities, followUps, today),
                count(engagements, e -> "SCHEDULED".equals(e.getString("s"))),
                count(engagements, e -> "HELD".equals(e.getString("s"))),
                count(engagements, e -> "CANCELLED".equals(e.getString("s"))),
                outcomesByKind, funnel, count(opportunities, o -> o.getBoolean("x", false)),
                largestFirst(byCountry), largestFirst(byType), largestFirst(byTheme), upcoming, overdue, activity);
    }

    /**
     * A program's results in a window of business days, for the documents written from them. Actuals come from
     * {@link #actual}, exactly as the dashboard's indicators do, but for every target period the window overlaps
     * rather than the current one only.
     */
    @QueryHandler
    public ProgramResults handle(GetProgramResults query) {
        var program = book.read(query.programId());
        var today = LocalDate.now(clock);
        var header = program.header();
        var start = date(header.getString("start"));
        var end = date(header.getString("end"));
        var from = query.from() != null ? query.from() : start != null ? start : LocalDate.MIN;
        var to = query.to() != null ? query.to() : end != null ? end : LocalDate.MAX;
        var window = Period.of(from, to.isBefore(from) ? from : to);

        var missions = program.section(DashboardBook.MISSIONS);
        var engagements = program.section(DashboardBook.ENGAGEMENTS);
        var outcomes = program.section(DashboardBook.OUTCOMES);
        var opportunities = program.section(DashboardBook.OPPORTUNITIES);
        var followUps = program.section(DashboardBook.FOLLOW_UPS);

        var indicators = new ArrayList<ProgramResults.IndicatorResult>();
        var defined = program.section(DashboardBook.INDICATORS);
        for (IndicatorKind kind : IndicatorKind.values()) {
            var indicator = defined.get(kind.name());
            for (Document target : indicator == null ? List.<Document>of()
                    : indicator.getList("targets", Document.class, List.of())) {
                var period = Period.of(date(target.getString("s")), date(target.getString("e")));
                if (period.overlaps(window)) {
                    indicators.add(new ProgramResults.IndicatorResult(kind, period.start(), period.end(),
                            ((Number) target.get("t")).longValue(),
                            actual(kind, period, program, engagements, outcomes, opportunities, followUps)));
                }
            }
        }

        var inWindow = outcomes.entrySet().stream().filter(o -> inPeriod(engagements, o.getValue(), window))
                .toList();
        var missionResults = missions.entrySet().stream()
                .filter(m -> Period.of(date(m.getValue().getString("d")), date(m.getValue().getString("e")))
                        .overlaps(window))
                .map(m -> {
                    Predicate<Document> ofMission = e -> m.getKey().equals(e.getString("m"));
                    var held = engagements.entrySet().stream()
                            .filter(e -> ofMission.test(e.getValue()) && "HELD".equals(e.getValue().getString("s")))
                            .map(Map.Entry::getKey).collect(Collectors.toSet());
                    return new ProgramResults.MissionResult(MissionId.of(m.getKey()), m.getValue().getString("t"),
                            m.getValue().getString("s"), date(m.getValue().getString("d")),
                            date(m.getValue().getString("e")), held.size(),
                            count(outcomes, o -> held.contains(o.getString("e"))));
                })
                .sorted(Comparator.comparing(ProgramResults.MissionResult::startDate)
                        .thenComparing(ProgramResults.MissionResult::title)
                        .thenComparing(m -> m.missionId().toString()))
                .toList();

        var outcomesByKind = new EnumMap<OutcomeKind, Long>(OutcomeKind.class);
        for (OutcomeKind kind : OutcomeKind.values()) {
            outcomesByKind.put(kind, inWindow.stream().filter(o -> kind.name().equals(o.getValue().getString("k")))
                    .count());
        }
        var byCountry = new HashMap<String, Set<String>>();
        var counterpartIds = new HashSet<String>();
        inWindow.forEach(o -> counterpartIds.addAll(counterpartsOf(o.getValue(), engagements)));
        var known = book.organizations(counterpartIds);
        for (var outcome : inWindow) {
            var countries = counterpartsOf(outcome.getValue(), engagements).stream()
                    .map(id -> known.get(id) == null ? null : known.get(id).getString("country"))
                    .filter(Objects::nonNull).collect(Collectors.toSet());
            for (String country : countries.isEmpty() ? Set.of("?") : countries) {
                byCountry.computeIfAbsent(country, c -> new HashSet<>()).add(outcome.getKey());
            }
        }

        var opened = opportunities.values().stream()
                .filter(o -> window.contains(businessDayOf(o, outcomes, engagements))).toList();
        var funnel = new EnumMap<OpportunityStage, Long>(OpportunityStage.class);
        for (OpportunityStage stage : OpportunityStage.values()) {
            funnel.put(stage, opened.stream()
                    .filter(o -> !o.getBoolean("x", false) && stage.name().equals(o.getString("st"))).count());
        }
        var overdue = followUps.entrySet().stream()
                .map(f -> {
                    var deadline = new FollowUpDeadline(date(f.getValue().getString("due")),
                            date(f.getValue().getString("done")));
                    return new OverdueFollowUp(FollowUpId.of(f.getKey()), f.getValue().getString("o"),
                            f.getValue().getString("t"), deadline.dueOn(), deadline.daysOverdue(today));
                })
                .filter(f -> f.daysOverdue() > 0 && !f.dueOn().isAfter(window.end()))
                .sorted(Comparator.comparing(OverdueFollowUp::dueOn).thenComparing(f -> f.followUpId().toString()))
                .toList();

        return new ProgramResults(query.programId(), book.programs().contains(query.programId()),
                nameOf(program), start, end, header.getBoolean("closed", false), window.start(), window.end(),
                indicators, missionResults, outcomesByKind, largestFirstAll(byCountry), funnel,
                opened.stream().filter(o -> o.getBoolean("x", false)).count(), overdue);
    }

    /**
     * The indicators over a window the reader chose. A flow (meetings held, outcomes logged…) is counted over the
     * whole window against the sum of the targets whose periods lie inside it; a stock (opportunities active) is
     * what stands now, against the latest of those targets, because adding up yearly stock targets means nothing.
     */
    @QueryHandler
    public IndicatorsInPeriod handle(GetIndicatorsInPeriod query) {
        var program = book.read(query.programId());
        var engagements = program.section(DashboardBook.ENGAGEMENTS);
        var outcomes = program.section(DashboardBook.OUTCOMES);
        var opportunities = program.section(DashboardBook.OPPORTUNITIES);
        var followUps = program.section(DashboardBook.FOLLOW_UPS);
        var defined = program.section(DashboardBook.INDICATORS);
        var periods = new TreeSet<Period>(Comparator.comparing(Period::start).thenComparing(Period::end));
        for (var indicator : defined.values()) {
            indicator.getList("targets", Document.class, List.of()).forEach(target -> periods.add(
                    Period.of(date(target.getString("s")), date(target.getString("e")))));
        }
        List<IndicatorProgress> progress;
        if (query.isCurrent()) {
            progress = indicators(program, engagements, outcomes, opportunities, followUps, LocalDate.now(clock));
        } else {
            var window = Period.of(query.from(), query.to().isBefore(query.from()) ? query.from() : query.to());
            progress = new ArrayList<>();
            for (IndicatorKind kind : IndicatorKind.values()) {
                var indicator = defined.get(kind.name());
                var inside = (indicator == null ? List.<Document>of()
                        : indicator.getList("targets", Document.class, List.of())).stream()
                        .filter(t -> window.encloses(Period.of(date(t.getString("s")), date(t.getString("e")))))
                        .sorted(Comparator.comparing((Document t) -> t.getString("s")))
                        .toList();
                if (inside.isEmpty()) {
                    continue;
                }
                long target = kind == IndicatorKind.OPPORTUNITIES_ACTIVE
                        ? ((Number) inside.get(inside.size() - 1).get("t")).longValue()
                        : inside.stream().mapToLong(t -> ((Number) t.get("t")).longValue()).sum();
                progress.add(new IndicatorProgress(kind, window.start(), window.end(), target,
                        actual(kind, window, program, engagements, outcomes, opportunities, followUps)));
            }
        }
        return new IndicatorsInPeriod(query.programId(), date(program.header().getString("start")),
                date(program.header().getString("end")), progress, List.copyOf(periods));
    }

    /** An outcome's own counterparts, or when it names none, those its engagement met. */
    private static Set<String> counterpartsOf(Document outcome, Map<String, Document> engagements) {
        var own = outcome.getList("c", String.class, List.of());
        if (!own.isEmpty()) {
            return new HashSet<>(own);
        }
        var engagement = engagements.get(outcome.getString("e"));
        return engagement == null ? Set.of() : organizationsOf(engagement);
    }

    private static Map<String, Long> largestFirstAll(Map<String, Set<String>> groups) {
        return groups.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Set<String>> g) -> g.getValue().size()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .collect(Collectors.toMap(Map.Entry::getKey, g -> (long) g.getValue().size(), (a, b) -> a,
                        LinkedHashMap::new));
    }

    private List<IndicatorProgress> indicators(DashboardBook.ProgramBook program, Map<String, Document> engagements,
            Map<String, Document> outcomes, Map<String, Document> opportunities, Map<String, Document> followUps,
            LocalDate today) {
        var defined = program.section(DashboardBook.INDICATORS);
        var progress = new ArrayList<IndicatorProgress>();
        for (IndicatorKind kind : IndicatorKind.values()) {
            var indicator = defined.get(kind.name());
            var targets = indicator == null ? null : indicator.getList("targets", Document.class);
            if (targets == null || targets.isEmpty()) {
                continue;
            }
            var target = currentTarget(targets, today);
            var period = Period.of(date(target.getString("s")), date(target.getString("e")));
            long actual = actual(kind, period, program, engagements, outcomes, opportunities, followUps);
            progress.add(new IndicatorProgress(kind, period.start(), period.end(),
                    ((Number) target.get("t")).longValue(), actual));
        }
        return progress;
    }

    /** The target whose period holds today; otherwise the latest one already begun; otherwise the first. */
    private static Document currentTarget(List<Document> targets, LocalDate today) {
        Document chosen = targets.get(0);
        for (Document target : targets) {
            var start = date(target.getString("s"));
            if (!start.isAfter(today)) {
                chosen = target;
            }
        }
        return chosen;
    }

    private static long actual(IndicatorKind kind, Period period, DashboardBook.ProgramBook program,
            Map<String, Document> engagements, Map<String, Document> outcomes, Map<String, Document> opportunities,
            Map<String, Document> followUps) {
        Predicate<Document> heldInPeriod = e -> "HELD".equals(e.getString("s")) && period.contains(dayOf(e));
        return switch (kind) {
            case MISSIONS_COMPLETED -> count(program.section(DashboardBook.MISSIONS),
                    m -> "COMPLETED".equals(m.getString("s")) && period.contains(date(m.getString("e"))));
            case MEETINGS_HELD -> count(engagements, heldInPeriod.and(e -> "MEETING".equals(e.getString("k"))));
            case WORKSHOPS_HELD -> count(engagements, heldInPeriod.and(e -> "WORKSHOP".equals(e.getString("k"))));
            case SPEECHES_GIVEN -> count(engagements, heldInPeriod.and(e -> "SPEECH".equals(e.getString("k"))));
            case COUNTERPARTS_MET -> engagements.values().stream().filter(heldInPeriod)
                    .flatMap(e -> organizationsOf(e).stream()).distinct().count();
            case OUTCOMES_LOGGED -> count(outcomes, o -> inPeriod(engagements, o, period));
            case AGREEMENTS_SIGNED -> count(outcomes,
                    o -> "AGREEMENT".equals(o.getString("k")) && inPeriod(engagements, o, period));
            case OPPORTUNITIES_OPENED -> count(opportunities,
                    o -> period.contains(businessDayOf(o, outcomes, engagements)));
            case OPPORTUNITIES_ACTIVE -> count(opportunities,
                    o -> !o.getBoolean("x", false) && "ACTIVE".equals(o.getString("st")));
            case FOLLOW_UPS_COMPLETED -> count(followUps,
                    f -> f.getString("done") != null && period.contains(date(f.getString("done"))));
        };
    }

    /** An outcome counts on the day of the engagement it came from. */
    private static boolean inPeriod(Map<String, Document> engagements, Document outcome, Period period) {
        var engagement = engagements.get(outcome.getString("e"));
        return engagement != null && period.contains(dayOf(engagement));
    }

    /*
     * An opportunity counts on the day of the engagement its outcome came from, like the outcome itself, whenever it
     * was recorded. Only when that engagement is unknown to the dashboard does it count on the day it was recorded.
     */
    private static LocalDate businessDayOf(Document opportunity, Map<String, Document> outcomes,
            Map<String, Document> engagements) {
        var outcome = opportunity.getString("o") == null ? null : outcomes.get(opportunity.getString("o"));
        var engagementId = outcome != null ? outcome.getString("e") : opportunity.getString("e");
        var engagement = engagementId == null ? null : engagements.get(engagementId);
        return engagement != null ? dayOf(engagement)
                : LocalDate.ofInstant(opportunity.getDate("d").toInstant(), ZoneId.of("UTC"));
    }

    private static LocalDate dayOf(Document engagement) {
        return LocalDate.ofInstant(engagement.getDate("at").toInstant(), ZoneId.of(engagement.getString("z")));
    }

    private static Set<String> organizationsOf(Document engagement) {
        var met = new HashSet<>(engagement.getList("c", String.class, List.of()));
        met.addAll(engagement.getList("p", String.class, List.of()));
        return met;
    }

    private static long count(Map<String, Document> entries, Predicate<Document> filter) {
        return entries.values().stream().filter(filter).count();
    }

    private static Map<String, Long> largestFirst(Map<String, Set<String>> groups) {
        return groups.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Set<String>> g) -> g.getValue().size()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(CHART_LENGTH)
                .collect(Collectors.toMap(Map.Entry::getKey, g -> (long) g.getValue().size(), (a, b) -> a,
                        LinkedHashMap::new));
    }

    private static String nameOf(DashboardBook.ProgramBook program) {
        var name = program.header().getString("name");
        return name == null ? "Program " + program.programId().substring(0, 8) : name;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
