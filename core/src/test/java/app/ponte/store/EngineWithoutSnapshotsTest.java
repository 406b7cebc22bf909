package app.ponte.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An engine built without snapshots never asks the server for one, and refuses to store one. */
class EngineWithoutSnapshotsTest {

    private final MongoStore store = MongoStore.inMemory("no-snapshots");

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void doesNotReadSnapshotsEvenWhenOneIsStored() {
        engine(true).storeSnapshot(new GenericDomainEventMessage<>("Test", "a", 4, "state at 4"));
        assertThat(engine(true).readSnapshot("a")).as("the engine with snapshots finds it").isPresent();

        assertThat(engine(false).readSnapshot("a")).isEmpty();
    }

    @Test
    void refusesToStoreASnapshotWithAnErrorThatSaysWhy() {
        assertThatThrownBy(() -> engine(false)
                .storeSnapshot(new GenericDomainEventMessage<>("Test", "a", 4, "state at 4")))
                .isInstanceOf(EventStoreException.class)
                .hasMessageContaining("without snapshots")
                .hasMessageContaining("snapshots(true)");
        assertThat(store.database().getCollection(MongoEventStorageEngine.SNAPSHOTS).countDocuments()).isZero();
    }

    @Test
    void stillLoadsAggregatesFromTheirEvents() {
        MongoEventStorageEngine engine = engine(false);
        engine.appendEvents(new GenericDomainEventMessage<>("Test", "a", 0, "a0"),
                new GenericDomainEventMessage<>("Test", "a", 1, "a1"));

        assertThat(engine.readEvents("a").asStream().map(event -> (Object) event.getPayload()).toList())
                .containsExactly("a0", "a1");
    }

    private MongoEventStorageEngine engine(boolean snapshots) {
        return MongoEventStorageEngine.builder()
                .database(store.database())
                .eventSerializer(PonteSerializer.jackson())
                .snapshotSerializer(PonteSerializer.jackson())
                .snapshots(snapshots)
                .build();
    }
}
