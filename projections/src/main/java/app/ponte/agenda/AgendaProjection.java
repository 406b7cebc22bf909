package app.ponte.agenda;

import app.ponte.contact.ContactId;
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
import app.ponte.mission.MissionId;
import app.ponte.mission.MissionPlanned;
import app.ponte.mission.OutcomeAmended;
import app.ponte.mission.OutcomeKind;
import app.ponte.mission.OutcomeLogged;
import app.ponte.mission.OutcomeRetracted;
import app.ponte.organization.OrganizationId;
import app.ponte.program.ProgramId;
import app.ponte.readmodel.BatchedCollection;
import app.ponte.readmodel.Change;
import app.ponte.readmodel.ReadModelBatch;
import app.ponte.shared.OutcomeId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;

/**
 * Keeps one document per mission and one per engagement. Every write is an upsert keyed by the aggregate's own id,
 * or a {@code $set} of one path in it, so replaying events (a reset, or a redelivery after a crash) leaves the same
 * documents behind.
 */
@ProcessingGroup(AgendaProjection.PROCESSING_GROUP)
public class AgendaProjection {

    public static final String PROCESSING_GROUP = "agenda";
    /**
     * The version of these handlers; a read model built by an older one is rebuilt at start-up ({@link
     * AgendaVersion}). 2: engagements keep the ids of their reschedulings and when they last changed, for calendars.
     */
    public static final int VERSION = 2;
    static final String MISSIONS = "agenda_missions";
    static final String ENGAGEMENTS = "agenda_engagements";


    private final MongoCollection<Document> missions;
    private final MongoCollection<Document> engagements;
    private final BatchedCollection batchedMissions;
    private final BatchedCollection batchedEngagements;
    private final QueryUpdateEmitter updates;
    private final ReadModelChanges changes;

    public AgendaProjection(MongoDatabase database, QueryUpdateEmitter updates) {
        this(database, updates, null);
    }

    /** With {@code changes}, screens on every instance hear of each change; without, only this instance's do. */
    public AgendaProjection(MongoDatabase database, QueryUpdateEmitter updates, ReadModelChanges changes) {
        this.missions = database.getCollection(MISSIONS);
        this.engagements = database.getCollection(ENGAGEMENTS);
        this.batchedMissions = new BatchedCollection(missions);
        this.batchedEngagements = new BatchedCollection(engagements);
        this.updates = updates;
        this.changes = changes;
        // Serves the agenda lookup on a real MongoDB; the embedded server ignores non-unique indexes and scans.
        engagements.createIndex(Indexes.ascending("missionId"));
    }

    @EventHandler
    void on(MissionPlanned event) {
        describe(event.missionId(), event.programId(), event.title(), event.city(), event.countryCode(),
                event.zone(), event.startDate(), event.endDate());
    }

    @EventHandler
    void on(MissionAmended event) {
        describe(event.missionId(), event.programId(), event.title(), event.city(), event.countryCode(),
                event.zone(), event.startDate(), event.endDate());
    }

    private void describe(MissionId missionId, ProgramId programId, String title, String city, String countryCode,
            ZoneId zone, LocalDate startDate, LocalDate endDate) {
        var document = new Document("_id", missionId.toString())
                .append("programId", programId.toString())
                .append("title", title)
                .append("city", city)
                .append("countryCode", countryCode)
                .append("zone", zone.getId())
                .append("startDate", startDate.toString())
                .append("endDate", endDate.toString());
        batchedMissions.replace(document);
        updates.emit(ListMissions.class, query -> true, toMission(document));
        touch(missionId);
    }

    @EventHandler
    void on(MissionCancelled event, @Timestamp Instant at) {
        event.cancelledEngagements().forEach(engagementId ->
                change(event.missionId(), engagementId, Change.combine(
                        Change.set("status", EngagementStatus.CANCELLED.name()), modifiedAt(at))));
    }

    /*
     * Fields are set one by one rather than the document replaced, so that a redelivered scheduling keeps what later
     * events added (the reschedulings a calendar counts among them); each of those is set again by its own event.
     */
    @EventHandler
    void on(EngagementScheduled event, @Timestamp Instant at) {
        batchedEngagements.upsert(event.engagementId().toString(), Change.combine(
                Change.set("missionId", event.missionId().toString()),
                Change.set("kind", event.kind().name()),
                Change.set("title", event.title()),
                Change.set("venue", event.venue()),
                Change.set("startsAt", Date.from(event.startsAt())),
                Change.set("endsAt", Date.from(event.endsAt())),
                Change.set("zone", event.zone().getId()),
                Change.set("counterparts", event.counterparts().stream().map(OrganizationId::toString).toList()),
                Change.set("themes", event.themes()),
                Change.set("status", EngagementStatus.SCHEDULED.name()),
                modifiedAt(at)));
        emit(event.missionId(), event.engagementId());
        touch(event.missionId());
    }

    /*
     * A calendar raises an event's SEQUENCE with every rescheduling. The ids of the reschedulings are kept as a set,
     * not counted with $inc, so that a redelivered event is not counted twice.
     */
    @EventHandler
    void on(EngagementRescheduled event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        change(event.missionId(), event.engagementId(), Change.combine(
                Change.set("startsAt", Date.from(event.startsAt())), Change.set("endsAt", Date.from(event.endsAt())),
                Change.set("zone", event.zone().getId()), Change.addToSet("reschedulings", eventId),
                modifiedAt(at)));
    }

    @EventHandler
    void on(EngagementCancelled event, @Timestamp Instant at) {
        change(event.missionId(), event.engagementId(), Change.combine(
                Change.set("status", EngagementStatus.CANCELLED.name()), Change.set("cancelReason", event.reason()),
                modifiedAt(at)));
    }

    @EventHandler
    void on(EngagementHeld event, @Timestamp Instant at) {
        change(event.missionId(), event.engagementId(), Change.combine(
                Change.set("status", EngagementStatus.HELD.name()), Change.set("minutes", event.minutes()),
                modifiedAt(at)));
    }

    /** The latest of the changes a calendar shows; $max, so that replaying an older event leaves it. */
    private static Change modifiedAt(Instant at) {
        return Change.max("lastModified", Date.from(at));
    }

    @EventHandler
    void on(AttendanceRecorded event) {
        change(event.missionId(), event.engagementId(), Change.combine(
                Change.set("participants", event.participants().stream().map(ContactId::toString).toList()),
                Change.set("present", event.organizationsPresent().stream().map(OrganizationId::toString).toList())));
    }

    @EventHandler
    void on(OutcomeLogged event) {
        change(event.missionId(), event.engagementId(), Change.set("outcomes." + event.outcomeId(),
                new Document("kind", event.kind().name()).append("description", event.description())));
    }

    @EventHandler
    void on(OutcomeAmended event) {
        change(event.missionId(), event.engagementId(), Change.set("outcomes." + event.outcomeId(),
                new Document("kind", event.kind().name()).append("description", event.description())));
    }

    @EventHandler
    void on(OutcomeRetracted event) {
        change(event.missionId(), event.engagementId(), Change.unset("outcomes." + event.outcomeId()));
    }

    private void change(MissionId missionId, EngagementId engagementId, Change update) {
        batchedEngagements.upsert(engagementId.toString(), update);
        emit(missionId, engagementId);
        touch(missionId);
    }

    /*
     * Screens are told of an engagement once a batch, in the state the batch leaves it in, and the batch's
     * engagements and missions are read in one request each for that; outside a batch, at once.
     */
    private void emit(MissionId missionId, EngagementId engagementId) {
        var touched = ReadModelBatch.<Map<EngagementId, MissionId>>local(new Emits(this), LinkedHashMap::new);
        if (touched.isEmpty()) {
            emitNow(missionId, engagementId);
            return;
        }
        touched.get().put(engagementId, missionId);
        ReadModelBatch.once(new Emits(this), () -> {
            batchedEngagements.prefetch(touched.get().keySet().stream().map(EngagementId::toString).toList());
            batchedMissions.prefetch(touched.get().values().stream().map(MissionId::toString).toList());
            touched.get().forEach((engagement, mission) -> emitNow(mission, engagement));
        });
    }

    private void emitNow(MissionId missionId, EngagementId engagementId) {
        var document = batchedEngagements.find(engagementId.toString());
        if (document != null && document.getString("title") != null) {
            updates.emit(ListEngagements.class, query -> query.missionId().equals(missionId),
                    toEngagement(document, programOf(missionId)));
        }
    }

    private record Emits(AgendaProjection projection) {
    }

    private void touch(MissionId missionId) {
        if (changes != null) {
            changes.touch(ReadModelChanges.mission(missionId));
        }
    }

    @ResetHandler
    void reset() {
        missions.deleteMany(new Document());
        engagements.deleteMany(new Document());
    }

    // Sorting happens here rather than in MongoDB: the embedded server would scan the collection to sort.
    @QueryHandler
    public List<MissionSummary> handle(ListMissions query) {
        return missions.find().map(AgendaProjection::toMission).into(new ArrayList<>()).stream()
                .sorted(Comparator.comparing(MissionSummary::startDate).thenComparing(MissionSummary::title))
                .toList();
    }

    @QueryHandler
    public List<EngagementSummary> handle(ListEngagements query) {
        return engagementsOf(query.missionId());
    }

    @QueryHandler
    public MissionAgenda handle(GetMissionAgenda query) {
        var mission = missions.find(Filters.eq("_id", query.missionId().toString())).first();
        return new MissionAgenda(mission == null ? null : toMission(mission), engagementsOf(query.missionId()));
    }

    /*
     * An engagement's program is its mission's: read from the mission's document rather than kept on each
     * engagement, so that it needs no event of its own and documents written before it was shown have it too.
     */
    private ProgramId programOf(MissionId missionId) {
        var mission = batchedMissions.find(missionId.toString());
        var programId = mission == null ? null : mission.getString("programId");
        return programId == null ? null : ProgramId.of(programId);
    }

    private List<EngagementSummary> engagementsOf(MissionId missionId) {
        var programId = programOf(missionId);
        return engagements.find(Filters.eq("missionId", missionId.toString()))
                .into(new ArrayList<>())
                .stream()
                // An entry written by a later event before its scheduling was replayed is not an engagement yet.
                .filter(document -> document.getString("title") != null)
                .map(document -> toEngagement(document, programId))
                .sorted(Comparator.comparing(EngagementSummary::startsAt).thenComparing(EngagementSummary::title))
                .toList();
    }

    private static MissionSummary toMission(Document document) {
        var programId = document.getString("programId");
        return new MissionSummary(
                MissionId.of(document.getString("_id")),
                programId == null ? null : ProgramId.of(programId),
                document.getString("title"),
                document.getString("city"),
                document.getString("countryCode"),
                ZoneId.of(document.getString("zone")),
                LocalDate.parse(document.getString("startDate")),
                LocalDate.parse(document.getString("endDate")));
    }

    private static EngagementSummary toEngagement(Document document, ProgramId programId) {
        var outcomes = new ArrayList<OutcomeSummary>();
        var logged = document.get("outcomes", Document.class);
        if (logged != null) {
            logged.forEach((id, value) -> {
                var outcome = (Document) value;
                outcomes.add(new OutcomeSummary(OutcomeId.of(id), OutcomeKind.valueOf(outcome.getString("kind")),
                        outcome.getString("description")));
            });
        }
        outcomes.sort(Comparator.comparing(OutcomeSummary::description));
        var status = document.getString("status");
        return new EngagementSummary(
                EngagementId.of(document.getString("_id")),
                MissionId.of(document.getString("missionId")),
                programId,
                EngagementKind.valueOf(document.getString("kind")),
                document.getString("title"),
                document.getString("venue"),
                document.getDate("startsAt").toInstant(),
                document.getDate("endsAt").toInstant(),
                ZoneId.of(document.getString("zone")),
                document.getList("counterparts", String.class).stream().map(OrganizationId::of).toList(),
                document.getList("themes", String.class),
                status == null ? EngagementStatus.SCHEDULED : EngagementStatus.valueOf(status),
                document.getList("participants", String.class, List.of()).stream().map(ContactId::of).toList(),
                document.getList("present", String.class, List.of()).stream().map(OrganizationId::of).toList(),
                document.getString("minutes"),
                outcomes,
                document.getList("reschedulings", String.class, List.of()).size(),
                Optional.ofNullable(document.getDate("lastModified")).map(Date::toInstant).orElse(null));
    }
}
