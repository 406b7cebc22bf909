package app.ponte.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.EngagementScheduled;
import app.ponte.mission.MissionId;
import app.ponte.mission.MissionPlanned;
import app.ponte.program.ProgramId;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Engagements scheduled before revision 2 were stored without their program. Read through the application's
 * engine, they carry the program their mission was planned in: from the mission's own stream, and from a tracked
 * stream that starts after the mission was planned (a processor resuming from its token).
 */
class EngagementScheduledUpcastTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper JSON = PonteSerializer.objectMapper();

    private final MongoStore store = MongoStore.inMemory("upcast");
    private final MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
            .database(store.database())
            .eventSerializer(PonteSerializer.jackson())
            .snapshotSerializer(PonteSerializer.jackson())
            .upcasterChain(Upcasters.chain(store.database()))
            .snapshots(false)
            .build();
    private final MissionId mission = MissionId.random();
    private final ProgramId program = ProgramId.random();
    private final EngagementId engagement = EngagementId.random();

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void theMissionsStreamGivesTheOldEventItsProgram() throws Exception {
        storePlannedAndScheduledInTheFirstShape();

        List<Object> payloads = new ArrayList<>();
        engine.readEvents(mission.toString()).forEachRemaining(event -> payloads.add(event.getPayload()));

        assertThat(payloads).hasSize(2);
        assertThat(payloads.get(1)).isInstanceOfSatisfying(EngagementScheduled.class, scheduled -> {
            assertThat(scheduled.programId()).isEqualTo(program);
            assertThat(scheduled.engagementId()).isEqualTo(engagement);
            assertThat(scheduled.title()).isEqualTo("Meeting with Fudan University");
        });
    }

    @Test
    void aStreamThatStartsAfterThePlanningLooksTheProgramUp() throws Exception {
        storePlannedAndScheduledInTheFirstShape();
        TrackedEventMessage<?> planned;
        try (var all = engine.readEvents(null, false)) {
            planned = all.findFirst().orElseThrow();
        }

        try (var rest = engine.readEvents(planned.trackingToken(), false)) {
            Object payload = rest.findFirst().orElseThrow().getPayload();
            assertThat(payload).isInstanceOfSatisfying(EngagementScheduled.class,
                    scheduled -> assertThat(scheduled.programId()).isEqualTo(program));
        }
    }

    @Test
    void anOldEventOfAMissionNeverPlannedIsRefusedWithItsMission() throws Exception {
        engine.appendEvents(scheduled(0));
        toFirstShape(0);

        assertThatThrownBy(() -> engine.readEvents(mission.toString()).next().getPayload())
                .hasStackTraceContaining("belongs to mission " + mission)
                .hasStackTraceContaining("MissionPlanned is not in the store");
    }

    @Test
    void newEventsAreStoredAtRevision2WithTheirProgram() {
        engine.appendEvents(planned());
        engine.appendEvents(scheduled(1));

        Document stored = commitOf(1).getList("events", Document.class).get(0);
        assertThat(stored.getString("payloadType")).isEqualTo("app.ponte.mission.EngagementScheduled");
        assertThat(stored.getString("payloadRevision")).isEqualTo("2");
        assertThat(stored.getString("payload")).contains("\"programId\":{\"value\":\"" + program + "\"}");
    }

    private void storePlannedAndScheduledInTheFirstShape() throws Exception {
        engine.appendEvents(planned());
        engine.appendEvents(scheduled(1));
        toFirstShape(1);
    }

    private DomainEventMessage<?> planned() {
        return new GenericDomainEventMessage<>("Mission", mission.toString(), 0, new MissionPlanned(mission, program,
                "ALISEI mission to Shanghai", "Shanghai", "CN", SHANGHAI, LocalDate.of(2017, 5, 16),
                LocalDate.of(2017, 5, 17)));
    }

    private DomainEventMessage<?> scheduled(long sequence) {
        return new GenericDomainEventMessage<>("Mission", mission.toString(), sequence, new EngagementScheduled(
                mission, program, engagement, EngagementKind.MEETING, "Meeting with Fudan University", "Handan campus",
                Instant.parse("2017-05-16T02:00:00Z"), Instant.parse("2017-05-16T03:30:00Z"), SHANGHAI, List.of(),
                List.of("life sciences")));
    }

    /** Rewrites the stored event as the application stored it before revision 2: no revision, no programId. */
    private void toFirstShape(long sequence) throws Exception {
        Document commit = commitOf(sequence);
        List<Document> events = new ArrayList<>(commit.getList("events", Document.class));
        Document event = events.get(0);
        ObjectNode payload = (ObjectNode) JSON.readTree(event.getString("payload"));
        payload.remove("programId");
        event.put("payload", JSON.writeValueAsString(payload));
        event.put("payloadRevision", null);
        commit.put("events", events);
        store.database().getCollection(MongoEventStorageEngine.EVENTS)
                .replaceOne(Filters.eq("_id", commit.get("_id")), commit);
        assertThat(commitOf(sequence).getList("events", Document.class).get(0).getString("payload"))
                .doesNotContain("programId");
    }

    private Document commitOf(long sequence) {
        return store.database().getCollection(MongoEventStorageEngine.EVENTS)
                .find(Filters.in("keys", List.of(mission + "/" + sequence))).first();
    }
}
