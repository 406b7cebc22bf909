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
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
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
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * One document per program, so the dashboard query is one {@code _id} lookup (plus one {@code $in} for the
 * counterparts' countries and types, and one for the feed). Each engagement, outcome, opportunity and follow-up is a
 * small entry under its own id inside the program's document, written with {@code $set} on its own path: a replayed
 * event writes the same value again, and projections running in different segments never overwrite each other's
 * entries. Counts and actuals are summed at query time from those entries, because "current period" and "overdue"
 * depend on the day of the query, not of the event.
 */
@ProcessingGroup(ProgramDashboardProjection.PROCESSING_GROUP)
public class ProgramDashboardProjection {

    public static final String PROCESSING_GROUP = "dashboard";
    static final String PROGRAMS = "dashboard_programs";
    static final String MISSIONS = "dashboard_missions";
    static final String ORGANIZATIONS = "dashboard_organizations";
    static final String FEEDS = "dashboard_feeds";
    static final int FEED_LENGTH = 12;
    private static final int UPCOMING_LENGTH = 8;
    private static final int CHART_LENGTH = 10;

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> programs;
    private final MongoCollection<Document> missions;
    private final MongoCollection<Document> organizations;
    private final MongoCollection<Document> feeds;
    private final ReadModelChanges changes;
    private final Clock clock;

    public ProgramDashboardProjection(MongoDatabase database, ReadModelChanges changes, Clock clock) {
        this.programs = database.getCollection(PROGRAMS);
        this.missions = database.getCollection(MISSIONS);
        this.organizations = database.getCollection(ORGANIZATIONS);
        this.feeds = database.getCollection(FEEDS);
        this.changes = changes;
        this.clock = clock;
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
        update(programId, Updates.combine(Updates.set("name", name),
                Updates.set("start", period.start().toString()), Updates.set("end", period.end().toString())));
        changes.touch(ReadModelChanges.PROGRAMS);
    }

    @EventHandler
    void on(IndicatorDefined event) {
        var targets = event.targets().stream()
                .map(t -> new Document("s", t.period().start().toString()).append("e", t.period().end().toString())
                        .append("t", t.target()))
                .toList();
        update(event.programId(), Updates.set("indicators." + event.kind().name(), targets));
    }

    @EventHandler
    void on(IndicatorDropped event) {
        update(event.programId(), Updates.unset("indicators." + event.kind().name()));
    }

    @EventHandler
    void on(ProgramClosed event) {
        update(event.programId(), Updates.set("closed", true));
        changes.touch(ReadModelChanges.PROGRAMS);
    }

    // ---- missions and engagements

    @EventHandler
    void on(MissionPlanned event, @MessageIdentifier String id, @Timestamp Instant at) {
        missions.replaceOne(Filters.eq("_id", event.missionId().toString()),
                new Document("_id", event.missionId().toString()).append("programId", event.programId().toString()),
                new ReplaceOptions().upsert(true));
        update(event.programId(), Updates.set("missions." + event.missionId(),
                new Document("t", event.title()).append("s", "PLANNED").append("d", event.startDate().toString())
                        .append("e", event.endDate().toString())));
        record(event.programId(), id, at, "MISSION_PLANNED", event.title());
        changes.touch(ReadModelChanges.PROGRAMS);
    }

    @EventHandler
    void on(MissionAmended event) {
        var path = "missions." + event.missionId() + ".";
        update(event.programId(), Updates.combine(Updates.set(path + "t", event.title()),
                Updates.set(path + "d", event.startDate().toString()),
                Updates.set(path + "e", event.endDate().toString())));
    }

    @EventHandler
    void on(MissionConfirmed event) {
        update(event.programId(), Updates.set("missions." + event.missionId() + ".s", "CONFIRMED"));
    }

    @EventHandler
    void on(MissionCompleted event, @MessageIdentifier String id, @Timestamp Instant at) {
        update(event.programId(), Updates.set("missions." + event.missionId() + ".s", "COMPLETED"));
        record(event.programId(), id, at, "MISSION_COMPLETED", event.title());
    }

    @EventHandler
    void on(MissionCancelled event, @MessageIdentifier String id, @Timestamp Instant at) {
        var sets = new ArrayList<Bson>();
        sets.add(Updates.set("missions." + event.missionId() + ".s", "CANCELLED"));
        event.cancelledEngagements().forEach(e -> sets.add(Updates.set("engagements." + e + ".s", "CANCELLED")));
        update(event.programId(), Updates.combine(sets));
        record(event.programId(), id, at, "MISSION_CANCELLED", event.title());
    }

    @EventHandler
    void on(EngagementScheduled event, @MessageIdentifier String id, @Timestamp Instant at) {
        var programId = programOf(event.missionId());
        if (programId == null) {
            return;
        }
        update(programId, Updates.set("engagements." + event.engagementId(),
                new Document("m", event.missionId().toString()).append("k", event.kind().name())
                        .append("t", event.title()).append("s", "SCHEDULED")
                        .append("at", Date.from(event.startsAt())).append("z", event.zone().getId())
                        .append("c", ids(event.counterparts())).append("th", event.themes())));
        record(programId, id, at, "ENGAGEMENT_SCHEDULED", event.title());
    }

    @EventHandler
    void on(EngagementRescheduled event) {
        update(event.programId(), Updates.set("engagements." + event.engagementId() + ".at",
                Date.from(event.startsAt())));
    }

    @EventHandler
    void on(EngagementCancelled event, @MessageIdentifier String id, @Timestamp Instant at) {
        update(event.programId(), Updates.set("engagements." + event.engagementId() + ".s", "CANCELLED"));
        record(event.programId(), id, at, "ENGAGEMENT_CANCELLED", titleOf(event.programId(), event.engagementId()));
    }

    @EventHandler
    void on(EngagementHeld event, @MessageIdentifier String id, @Timestamp Instant at) {
        var path = "engagements." + event.engagementId() + ".";
        update(event.programId(), Updates.combine(Updates.set(path + "s", "HELD"),
                Updates.set(path + "k", event.kind().name()), Updates.set(path + "c", ids(event.counterparts()))));
        record(event.programId(), id, at, "ENGAGEMENT_HELD", titleOf(event.programId(), event.engagementId()));
    }

    @EventHandler
    void on(AttendanceRecorded event) {
        update(event.programId(), Updates.set("engagements." + event.engagementId() + ".p",
                ids(event.organizationsPresent())));
    }

    // ---- outcomes

    @EventHandler
    void on(OutcomeLogged event, @MessageIdentifier String id, @Timestamp Instant at) {
        update(event.programId(), Updates.set("outcomes." + event.outcomeId(), outcome(event.engagementId(),
                event.kind(), event.description(), event.counterparts(), event.themes())));
        record(event.programId(), id, at, "OUTCOME_LOGGED", event.description());
    }

    @EventHandler
    void on(OutcomeAmended event) {
        update(event.programId(), Updates.set("outcomes." + event.outcomeId(), outcome(event.engagementId(),
                event.kind(), event.description(), event.counterparts(), event.themes())));
    }

    @EventHandler
    void on(OutcomeRetracted event) {
        update(event.programId(), Updates.unset("outcomes." + event.outcomeId()));
    }

    private static Document outcome(EngagementId engagementId, OutcomeKind kind, String description,
            List<OrganizationId> counterparts, List<String> themes) {
        return new Document("e", engagementId.toString()).append("k", kind.name()).append("t", description)
                .append("c", ids(counterparts)).append("th", themes);
    }

    // ---- opportunities

    @EventHandler
    void on(OpportunityOpened event, @MessageIdentifier String id, @Timestamp Instant at) {
        update(event.programId(), Updates.set("opportunities." + event.opportunityId(),
                new Document("t", event.title()).append("st", event.stage().name()).append("x", false)
                        .append("d", Date.from(at))));
        record(event.programId(), id, at, "OPPORTUNITY_OPENED", event.title());
    }

    @EventHandler
    void on(OpportunityAdvanced event, @MessageIdentifier String id, @Timestamp Instant at) {
        update(event.programId(), Updates.set("opportunities." + event.opportunityId() + ".st", event.to().name()));
        record(event.programId(), id, at, "OPPORTUNITY_ADVANCED", event.title());
    }

    @EventHandler
    void on(OpportunityDropped event) {
        update(event.programId(), Updates.set("opportunities." + event.opportunityId() + ".x", true));
    }

    @EventHandler
    void on(OpportunityReopened event) {
        var path = "opportunities." + event.opportunityId() + ".";
        update(event.programId(), Updates.combine(Updates.set(path + "st", event.to().name()),
                Updates.set(path + "x", false)));
    }

    // ---- follow-ups

    @EventHandler
    void on(FollowUpAssigned event) {
        update(event.programId(), Updates.set("followUps." + event.followUpId(),
                new Document("o", event.ownerUserId()).append("due", event.dueOn().toString())
                        .append("t", event.description())));
    }

    @EventHandler
    void on(FollowUpReassigned event) {
        var path = "followUps." + event.followUpId() + ".";
        update(event.programId(), Updates.combine(Updates.set(path + "o", event.ownerUserId()),
                Updates.set(path + "due", event.dueOn().toString())));
    }

    @EventHandler
    void on(FollowUpCompleted event, @MessageIdentifier String id, @Timestamp Instant at) {
        update(event.programId(), Updates.set("followUps." + event.followUpId() + ".done",
                event.completedOn().toString()));
        record(event.programId(), id, at, "FOLLOW_UP_COMPLETED", descriptionOf(event.programId(), event.followUpId()));
    }

    @EventHandler
    void on(FollowUpReopened event) {
        var path = "followUps." + event.followUpId() + ".";
        update(event.programId(), Updates.combine(Updates.unset(path + "done"),
                Updates.set(path + "due", event.dueOn().toString())));
    }

    // ---- organizations, for counterparts by country and type

    @EventHandler
    void on(OrganizationRegistered event) {
        organizations.updateOne(Filters.eq("_id", event.organizationId().toString()), Updates.combine(
                Updates.set("name", event.name()), Updates.set("country", event.country().value()),
                Updates.set("type", event.type().name())), UPSERT);
    }

    @EventHandler
    void on(OrganizationRenamed event) {
        organizations.updateOne(Filters.eq("_id", event.organizationId().toString()),
                Updates.set("name", event.name()), UPSERT);
    }

    @EventHandler
    void on(OrganizationDetailsCorrected event) {
        organizations.updateOne(Filters.eq("_id", event.organizationId().toString()), Updates.combine(
                Updates.set("country", event.country().value()), Updates.set("type", event.type().name())), UPSERT);
    }

    @ResetHandler
    void reset() {
        programs.deleteMany(new Document());
        missions.deleteMany(new Document());
        organizations.deleteMany(new Document());
        feeds.deleteMany(new Document());
    }

    // ---- writing

    private void update(ProgramId programId, Bson update) {
        programs.updateOne(Filters.eq("_id", programId.toString()), update, UPSERT);
        changes.touch(ReadModelChanges.program(programId));
    }

    private ProgramId programOf(MissionId missionId) {
        var mission = missions.find(Filters.eq("_id", missionId.toString())).first();
        return mission == null ? null : ProgramId.of(mission.getString("programId"));
    }

    private String titleOf(ProgramId programId, EngagementId engagementId) {
        var entry = entry(programId, "engagements", engagementId.toString());
        return entry == null ? "" : entry.getString("t");
    }

    private String descriptionOf(ProgramId programId, FollowUpId followUpId) {
        var entry = entry(programId, "followUps", followUpId.toString());
        return entry == null ? "" : entry.getString("t");
    }

    private Document entry(ProgramId programId, String map, String key) {
        var program = programs.find(Filters.eq("_id", programId.toString())).first();
        var entries = program == null ? null : program.get(map, Document.class);
        return entries == null ? null : entries.get(key, Document.class);
    }

    /*
     * The feed keeps the latest entries only, so it cannot be a set of keyed paths; it is rewritten whole under an
     * optimistic version, and an entry already there (a replayed event) is not added twice.
     */
    private void record(ProgramId programId, String id, Instant at, String what, String title) {
        var key = programId.toString();
        for (int attempt = 0; attempt < 20; attempt++) {
            var feed = feeds.find(Filters.eq("_id", key)).first();
            long version = feed == null ? 0 : ((Number) feed.get("version")).longValue();
            var items = new ArrayList<Document>(feed == null ? List.of() : feed.getList("items", Document.class));
            if (items.stream().anyMatch(item -> id.equals(item.getString("id")))) {
                return;
            }
            items.add(new Document("id", id).append("at", Date.from(at)).append("what", what).append("title", title));
            items.sort(Comparator.comparing((Document item) -> item.getDate("at")).reversed()
                    .thenComparing(item -> item.getString("id")));
            var kept = items.subList(0, Math.min(FEED_LENGTH, items.size()));
            var next = new Document("_id", key).append("version", version + 1).append("items", new ArrayList<>(kept));
            if (feed == null) {
                try {
                    feeds.insertOne(next);
                    return;
                } catch (com.mongodb.MongoWriteException raced) {
                    continue;
                }
            }
            if (feeds.replaceOne(Filters.and(Filters.eq("_id", key), Filters.eq("version", version)), next)
                    .getModifiedCount() == 1) {
                return;
            }
        }
        throw new IllegalStateException("The activity feed of program " + programId + " kept changing under us");
    }

    private static List<String> ids(Collection<OrganizationId> organizationIds) {
        return organizationIds.stream().map(OrganizationId::toString).toList();
    }

    // ---- queries

    @QueryHandler
    public ProgramIds handle(ListAllProgramIds query) {
        var ids = new HashSet<ProgramId>();
        for (Document program : programs.find().projection(new Document("_id", 1))) {
            ids.add(ProgramId.of(program.getString("_id")));
        }
        return new ProgramIds(ids);
    }

    @QueryHandler
    public List<ProgramSummary> handle(ListPrograms query) {
        if (query.programs().isEmpty()) {
            return List.of();
        }
        var ids = query.programs().stream().map(ProgramId::toString).toList();
        var summaries = new ArrayList<ProgramSummary>();
        for (Document program : programs.find(Filters.in("_id", ids))) {
            var engagements = entries(program, "engagements");
            summaries.add(new ProgramSummary(ProgramId.of(program.getString("_id")), nameOf(program),
                    date(program.getString("start")), date(program.getString("end")),
                    program.getBoolean("closed", false), entries(program, "missions").size(),
                    engagements.values().stream().filter(e -> "HELD".equals(e.getString("s"))).count(),
                    entries(program, "outcomes").size()));
        }
        summaries.sort(Comparator.comparing(ProgramSummary::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(s -> s.programId().toString()));
        return summaries;
    }

    @QueryHandler
    public ProgramDashboard handle(GetProgramDashboard query) {
        var program = programs.find(Filters.eq("_id", query.programId().toString())).first();
        if (program == null) {
            program = new Document("_id", query.programId().toString());
        }
        var feed = feeds.find(Filters.eq("_id", query.programId().toString())).first();
        var now = clock.instant();
        var today = LocalDate.now(clock);

        var engagements = entries(program, "engagements");
        var outcomes = entries(program, "outcomes");
        var opportunities = entries(program, "opportunities");
        var followUps = entries(program, "followUps");

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
        var known = new HashMap<String, Document>();
        if (!counterpartIds.isEmpty()) {
            organizations.find(Filters.in("_id", counterpartIds)).forEach(o -> known.put(o.getString("_id"), o));
        }
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
                .sorted(Comparator.comparing(UpcomingEngagement::startsAt).thenComparing(UpcomingEngagement::title))
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
        var activity = feed == null ? List.<Activity>of() : feed.getList("items", Document.class).stream()
                .map(item -> new Activity(item.getString("id"), item.getDate("at").toInstant(),
                        item.getString("what"), item.getString("title")))
                .toList();

        return new ProgramDashboard(query.programId(), nameOf(program), date(program.getString("start")),
                date(program.getString("end")),
                indicators(program, engagements, outcomes, opportunities, followUps, today),
                count(engagements, e -> "SCHEDULED".equals(e.getString("s"))),
                count(engagements, e -> "HELD".equals(e.getString("s"))),
                count(engagements, e -> "CANCELLED".equals(e.getString("s"))),
                outcomesByKind, funnel, count(opportunities, o -> o.getBoolean("x", false)),
                largestFirst(byCountry), largestFirst(byType), largestFirst(byTheme), upcoming, overdue, activity);
    }

    private List<IndicatorProgress> indicators(Document program, Map<String, Document> engagements,
            Map<String, Document> outcomes, Map<String, Document> opportunities, Map<String, Document> followUps,
            LocalDate today) {
        var defined = program.get("indicators", Document.class);
        if (defined == null) {
            return List.of();
        }
        var progress = new ArrayList<IndicatorProgress>();
        for (IndicatorKind kind : IndicatorKind.values()) {
            var targets = defined.getList(kind.name(), Document.class);
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

    private static long actual(IndicatorKind kind, Period period, Document program, Map<String, Document> engagements,
            Map<String, Document> outcomes, Map<String, Document> opportunities, Map<String, Document> followUps) {
        Predicate<Document> heldInPeriod = e -> "HELD".equals(e.getString("s")) && period.contains(dayOf(e));
        return switch (kind) {
            case MISSIONS_COMPLETED -> count(entries(program, "missions"),
                    m -> "COMPLETED".equals(m.getString("s")) && period.contains(date(m.getString("e"))));
            case MEETINGS_HELD -> count(engagements, heldInPeriod.and(e -> "MEETING".equals(e.getString("k"))));
            case WORKSHOPS_HELD -> count(engagements, heldInPeriod.and(e -> "WORKSHOP".equals(e.getString("k"))));
            case SPEECHES_GIVEN -> count(engagements, heldInPeriod.and(e -> "SPEECH".equals(e.getString("k"))));
            case COUNTERPARTS_MET -> engagements.values().stream().filter(heldInPeriod)
                    .flatMap(e -> organizationsOf(e).stream()).distinct().count();
            case OUTCOMES_LOGGED -> count(outcomes, o -> inPeriod(engagements, o, period));
            case AGREEMENTS_SIGNED -> count(outcomes,
                    o -> "AGREEMENT".equals(o.getString("k")) && inPeriod(engagements, o, period));
            case OPPORTUNITIES_OPENED -> count(opportunities, o -> period.contains(
                    LocalDate.ofInstant(o.getDate("d").toInstant(), ZoneId.of("UTC"))));
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

    private static LocalDate dayOf(Document engagement) {
        return LocalDate.ofInstant(engagement.getDate("at").toInstant(), ZoneId.of(engagement.getString("z")));
    }

    private static Set<String> organizationsOf(Document engagement) {
        var met = new HashSet<>(engagement.getList("c", String.class, List.of()));
        met.addAll(engagement.getList("p", String.class, List.of()));
        return met;
    }

    private static Map<String, Document> entries(Document program, String map) {
        var entries = program.get(map, Document.class);
        var result = new LinkedHashMap<String, Document>();
        if (entries != null) {
            entries.forEach((key, value) -> result.put(key, (Document) value));
        }
        return result;
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

    private static String nameOf(Document program) {
        var name = program.getString("name");
        return name == null ? "Program " + program.getString("_id").substring(0, 8) : name;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
