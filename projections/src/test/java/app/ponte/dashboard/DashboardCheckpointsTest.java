package app.ponte.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.audit.AsOf;
import app.ponte.audit.HistoricalViews;
import app.ponte.audit.ShowProgramDashboardAsOf;
import app.ponte.live.ReadModelChanges;
import app.ponte.mission.EngagementCancelled;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.EngagementScheduled;
import app.ponte.mission.MissionId;
import app.ponte.mission.MissionPlanned;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationRegistered;
import app.ponte.organization.OrganizationType;
import app.ponte.program.IndicatorDefined;
import app.ponte.program.IndicatorDropped;
import app.ponte.program.IndicatorKind;
import app.ponte.program.IndicatorTarget;
import app.ponte.program.ProgramId;
import app.ponte.program.ProgramLaunched;
import app.ponte.shared.Actor;
import app.ponte.shared.CountryCode;
import app.ponte.shared.Period;
import app.ponte.store.MongoEventStorageEngine;
import app.ponte.store.MongoStore;
import app.ponte.store.PonteSerializer;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Checkpoints store only what changed since the previous one, in parts of bounded size, and a program rebuilt from
 * them at any checkpoint is what a replay of the events up to it into the MongoDB read model shows.
 */
class DashboardCheckpointsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant FIRST = Instant.parse("2017-01-01T00:00:00Z");
    private static final Clock LATER = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);

    private final MongoStore store = MongoStore.inMemory("checkpoints");
    private final MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
            .database(store.database())
            .eventSerializer(PonteSerializer.jackson())
            .snapshotSerializer(PonteSerializer.jackson())
            .build();
    private final MongoCollection<Document> collection = store.database().getCollection(DashboardCheckpoints.COLLECTION);
    private final Map<String, Long> sequences = new HashMap<>();
    private final ProgramId busy = ProgramId.random();
    private final ProgramId quiet = ProgramId.random();
    private final MissionId busyMission = MissionId.random();
    private final MissionId quietMission = MissionId.random();
    private final List<EngagementId> busyEngagements = new ArrayList<>();
    private Instant at = FIRST;
    private int scheduled;

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aProgramIsRebuiltAtEveryCheckpointWhetherItChangedThereOrNot() {
        beginBothPrograms();
        scheduleInBusy(6);
        var first = new DashboardCheckpoints(store.database(), engine, 4);
        first.extend();
        scheduleInQuiet(12);
        cancelInBusyAndScheduleMore();
        // Another instance picks up the fold from the stored checkpoints, chains included.
        var checkpoints = new DashboardCheckpoints(store.database(), engine, 4);
        checkpoints.extend();

        assertEveryCheckpointRebuildsBothProgramsAsAReplayDoes(checkpoints);
        var busyPieces = piecesOf(busy);
        assertThat(busyPieces).as("checkpoints where the busy program changed").hasSizeGreaterThan(2);
        assertThat(lastCheckpoint()).as("checkpoints stored in all").isGreaterThan(busyPieces.size());
        assertThat(busyPieces).as("a piece stored as changes after others").anyMatch(k -> collection
                .find(Filters.eq("_id", busy + "@" + k + "#0")).first().getList("chain", Document.class).size() > 1);
    }

    @Test
    void aCheckpointStoresOnlyTheEntriesThatChangedSinceThePreviousOne() {
        beginBothPrograms();
        scheduleInBusy(40);
        var checkpoints = new DashboardCheckpoints(store.database(), engine, 20);
        checkpoints.extend();
        append("Mission", busyMission, new EngagementCancelled(busyMission, busy, busyEngagements.get(3), "rain"));
        scheduleInQuiet(30);
        checkpoints.extend();

        var busyPieces = piecesOf(busy);
        var changes = collection.find(Filters.eq("_id", busy + "@" + busyPieces.get(busyPieces.size() - 1) + "#0"))
                .first();
        assertThat(changes.getList("entries", Document.class))
                .as("the engagement cancelled, the feed, and the few scheduled after the previous checkpoint")
                .hasSizeLessThan(10).extracting(entry -> entry.getString("i"))
                .contains(busyEngagements.get(3).toString()).doesNotContain(busyEngagements.get(0).toString());
        assertEveryCheckpointRebuildsBothProgramsAsAReplayDoes(checkpoints);
    }

    @Test
    void aProgramsChangedEntriesAreSpreadOverPartsOfBoundedSize() {
        beginBothPrograms();
        scheduleInBusy(30);
        cancelInBusyAndScheduleMore();
        int partBytes = 1_500;
        var checkpoints = new DashboardCheckpoints(store.database(), engine, 25, partBytes);
        checkpoints.extend();

        assertThat(collection.find(Filters.eq("_id", busy + "@1#1")).first()).as("a second part").isNotNull();
        for (Document part : collection.find(Filters.regex("_id", "#"))) {
            var entries = part.getList("entries", Document.class);
            long bytes = entries.stream().mapToLong(entry -> new RawBsonDocument(entry,
                    store.database().getCodecRegistry().get(Document.class)).getByteBuffer().remaining()).sum();
            assertThat(entries.size() == 1 || bytes <= partBytes).as("%s holds %s bytes", part.get("_id"), bytes)
                    .isTrue();
        }
        assertEveryCheckpointRebuildsBothProgramsAsAReplayDoes(checkpoints);
    }

    @Test
    void droppedCheckpointsAreBuiltAgainAlike() {
        beginBothPrograms();
        scheduleInBusy(10);
        scheduleInQuiet(5);
        cancelInBusyAndScheduleMore();
        var checkpoints = new DashboardCheckpoints(store.database(), engine, 6);
        checkpoints.extend();
        var before = everyDocument();

        checkpoints.reset();
        assertThat(collection.countDocuments()).isZero();
        checkpoints.extend();

        assertThat(everyDocument()).isEqualTo(before);
    }

    @Test
    void anInstanceResumingFromStoredCheckpointsStoresWhatOneFoldingInOneGoStores() {
        beginBothPrograms();
        scheduleInBusy(10);
        new DashboardCheckpoints(store.database(), engine, 3).extend();
        scheduleInQuiet(5);
        cancelInBusyAndScheduleMore();
        scheduleInBusy(10);
        var resumed = new DashboardCheckpoints(store.database(), engine, 3);
        resumed.extend();
        var stored = everyDocument();

        resumed.reset();
        new DashboardCheckpoints(store.database(), engine, 3).extend();

        assertThat(everyDocument()).isEqualTo(stored);
    }

    @Test
    void checkpointsStoredWholeByThePreviousVersionAreDroppedAndBuiltAgain() {
        beginBothPrograms();
        scheduleInBusy(10);
        int stored = events().size();
        // What the previous version left: an index without a format, and checkpoints of whole programs.
        collection.insertOne(new Document("_id", DashboardCheckpoints.INDEX).append("checkpoints",
                List.of(new Document("k", 1L).append("position", 5L).append("latest", FIRST.toString()))));
        collection.insertOne(new Document("_id", "@1").append("position", 5L).append("latest", FIRST.toString())
                .append("book", new Document()).append("storedAt", new Document(busy.toString(), 1L)));
        collection.insertOne(new Document("_id", busy + "@1").append("state", new Document("sections",
                new Document())));
        var checkpoints = new DashboardCheckpoints(store.database(), engine, 4);

        assertThat(checkpoints.resume(busy, LATER.instant(), LATER)).as("nothing read from the old format").isEmpty();
        assertThat(checkpoints.extend()).as("every event folded again").isEqualTo(stored);

        assertThat(collection.find(Filters.eq("_id", busy + "@1")).first()).isNull();
        assertThat(collection.find(Filters.eq("_id", DashboardCheckpoints.INDEX)).first().getInteger("format"))
                .isEqualTo(DashboardCheckpoints.FORMAT);
        assertEveryCheckpointRebuildsBothProgramsAsAReplayDoes(checkpoints);
    }

    // ---- the story

    private void beginBothPrograms() {
        var promoter = OrganizationId.random();
        append("Organization", promoter, new OrganizationRegistered(promoter, "Ministry", null,
                OrganizationType.values()[0], CountryCode.of("IT"), "Rome", null));
        var period = new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31));
        append("Program", busy, new ProgramLaunched(busy, "Busy", promoter, List.of(CountryCode.of("CN")), period));
        append("Program", quiet, new ProgramLaunched(quiet, "Quiet", promoter, List.of(CountryCode.of("VN")),
                period));
        append("Program", busy, new IndicatorDefined(busy, IndicatorKind.values()[0],
                List.of(new IndicatorTarget(period, 10))));
        append("Mission", busyMission, new MissionPlanned(busyMission, busy, "Mission to Shanghai", "Shanghai", "CN",
                SHANGHAI, LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 17)));
        append("Mission", quietMission, new MissionPlanned(quietMission, quiet, "Mission to Hanoi", "Hanoi", "VN",
                SHANGHAI, LocalDate.of(2017, 6, 5), LocalDate.of(2017, 6, 7)));
    }

    private void scheduleInBusy(int count) {
        for (int i = 0; i < count; i++) {
            var engagement = EngagementId.random();
            busyEngagements.add(engagement);
            schedule(busyMission, engagement, "Shanghai meeting " + busyEngagements.size());
        }
    }

    private void scheduleInQuiet(int count) {
        for (int i = 0; i < count; i++) {
            schedule(quietMission, EngagementId.random(), "Hanoi meeting " + i);
        }
    }

    private void cancelInBusyAndScheduleMore() {
        append("Mission", busyMission, new EngagementCancelled(busyMission, busy, busyEngagements.get(0), "rain"));
        append("Program", busy, new IndicatorDropped(busy, IndicatorKind.values()[0], "not measured"));
        scheduleInBusy(3);
        append("Mission", busyMission, new EngagementCancelled(busyMission, busy, busyEngagements.get(2), "ill"));
    }

    private void schedule(MissionId mission, EngagementId engagement, String title) {
        var startsAt = Instant.parse("2017-05-16T01:00:00Z").plus(Duration.ofMinutes(30L * scheduled++));
        append("Mission", mission, new EngagementScheduled(mission, mission.equals(busyMission) ? busy : quiet, engagement,
                EngagementKind.MEETING, title,
                "Venue", startsAt, startsAt.plus(Duration.ofMinutes(30)), SHANGHAI, List.of(), List.of("health")));
    }

    private void append(String type, Object aggregate, Object payload) {
        var id = aggregate.toString();
        long sequence = sequences.merge(id, 1L, Long::sum) - 1;
        at = at.plus(Duration.ofHours(1));
        engine.appendEvents(new GenericDomainEventMessage<>(type, id, sequence, payload,
                Map.of(Actor.USER_ID, "officer-anna", Actor.ROLE, "OFFICER", Actor.SOURCE, "UI",
                        Actor.CORRELATION_ID, UUID.randomUUID().toString()), UUID.randomUUID().toString(), at));
    }

    // ---- what is checked

    /**
     * At every event's moment, each program resumed from the nearest checkpoint is what a replay of the events up to
     * that checkpoint shows, and "as of" that moment is what a replay of the events up to the moment shows.
     */
    private void assertEveryCheckpointRebuildsBothProgramsAsAReplayDoes(DashboardCheckpoints checkpoints) {
        var views = new HistoricalViews(new AsOf(engine), checkpoints);
        int resumed = 0;
        var atCheckpoints = new HashMap<String, ProgramDashboard>();
        var events = events();
        for (int i = 0; i < events.size(); i++) {
            var moment = events.get(i).getTimestamp();
            // Every checkpoint is seen from the moments just after it; "as of" is checked at a sample of moments.
            boolean sampled = i % 3 == 0 || i == events.size() - 1;
            for (ProgramId program : List.of(busy, quiet)) {
                var fromCheckpoint = checkpoints.resume(program, moment, LATER);
                if (fromCheckpoint.isPresent()) {
                    resumed++;
                    long position = fromCheckpoint.get().from().position().orElseThrow();
                    assertThat(fromCheckpoint.get().projection().handle(new GetProgramDashboard(program)))
                            .as("%s at the checkpoint at %s", program, position)
                            .isEqualTo(atCheckpoints.computeIfAbsent(program + "@" + position,
                                    key -> replay(program, candidate -> position(candidate) <= position, LATER)));
                }
                if (!sampled) {
                    continue;
                }
                assertThat(views.handle(new ShowProgramDashboardAsOf(program, moment)).dashboard())
                        .as("%s as of %s", program, moment)
                        .isEqualTo(replay(program, candidate -> !candidate.getTimestamp().isAfter(moment),
                                Clock.fixed(moment, ZoneOffset.UTC)));
            }
        }
        assertThat(resumed).as("moments answered from a checkpoint").isPositive();
    }

    private ProgramDashboard replay(ProgramId program, java.util.function.Predicate<TrackedEventMessage<?>> upTo,
            Clock clock) {
        try (var database = MongoStore.inMemory("oracle")) {
            var projection = new ProgramDashboardProjection(database.database(),
                    new ReadModelChanges(database.database()), clock);
            var handlers = new AnnotationEventHandlerAdapter(projection);
            for (var event : events()) {
                if (upTo.test(event) && handlers.canHandle(event)) {
                    try {
                        handlers.handle(event);
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }
            }
            return projection.handle(new GetProgramDashboard(program));
        }
    }

    private List<? extends TrackedEventMessage<?>> events() {
        return engine.readEvents(null, false).toList();
    }

    private static long position(TrackedEventMessage<?> event) {
        return event.trackingToken().position().orElseThrow();
    }

    /** The checkpoints at which a piece of the program was stored, in order. */
    private List<Long> piecesOf(ProgramId program) {
        var pieces = new ArrayList<Long>();
        for (long k = 1; k <= lastCheckpoint(); k++) {
            if (collection.find(Filters.eq("_id", program + "@" + k + "#0")).first() != null) {
                pieces.add(k);
            }
        }
        return pieces;
    }

    private long lastCheckpoint() {
        return collection.find(Filters.eq("_id", DashboardCheckpoints.INDEX)).first()
                .getList("checkpoints", Document.class).stream().mapToLong(c -> c.getLong("k")).max().orElse(0);
    }

    private Map<Object, Document> everyDocument() {
        var documents = new HashMap<Object, Document>();
        collection.find().forEach(document -> documents.put(document.get("_id"), document));
        return documents;
    }
}
