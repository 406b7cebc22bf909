package app.ponte.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Events are Java records: they must come back from the store equal to what went in, snapshots too. */
class RecordSerializationTest {

    enum Kind { MEETING, WORKSHOP }

    record Venue(String name, String nativeName) {
    }

    record Scheduled(UUID id, Kind kind, Venue venue, Instant start, ZoneId zone, LocalDate day, List<String> themes,
            Set<Integer> rooms) {
    }

    private MongoStore store;
    private MongoEventStorageEngine engine;

    @BeforeEach
    void setUp() {
        store = MongoStore.inMemory("records");
        engine = MongoEventStorageEngine.builder()
                .database(store.database())
                .eventSerializer(PonteSerializer.jackson())
                .snapshotSerializer(PonteSerializer.jackson())
                .build();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void recordsWithTimesZonesAndNativeScriptSurviveTheRoundTrip() {
        Scheduled payload = new Scheduled(UUID.randomUUID(), Kind.WORKSHOP, new Venue("Fudan University", "复旦大学"),
                Instant.parse("2017-05-17T01:30:00.123456789Z"), ZoneId.of("Asia/Shanghai"), LocalDate.of(2017, 5, 17),
                List.of("prevention", "chronic diseases"), Set.of(1, 2));
        engine.appendEvents(new GenericDomainEventMessage<>("Mission", "m-1", 0, payload,
                MetaData.with("userId", "officer-1").and("source", "ui")));

        DomainEventMessage<?> read = engine.readEvents("m-1").next();

        assertThat(read.getPayload()).isEqualTo(payload);
        assertThat(read.getMetaData()).containsEntry("userId", "officer-1").containsEntry("source", "ui");
    }

    @Test
    void snapshotsKeepOnlyTheNewestAndComeBackAsRecords() {
        Venue older = new Venue("ShanghaiTech University", "上海科技大学");
        Venue newer = new Venue("ShanghaiTech University", "上海科技大学 (Pudong)");
        engine.storeSnapshot(new GenericDomainEventMessage<>("Mission", "m-2", 7, newer));
        engine.storeSnapshot(new GenericDomainEventMessage<>("Mission", "m-2", 3, older));

        DomainEventMessage<?> snapshot = engine.readSnapshot("m-2").orElseThrow();

        assertThat(snapshot.getSequenceNumber()).isEqualTo(7);
        assertThat(snapshot.getPayload()).isEqualTo(newer);
    }
}
