package app.ponte.audit;

import app.ponte.shared.Actor;
import app.ponte.store.MongoEventStorageEngine;
import app.ponte.store.MongoStore;
import app.ponte.store.PonteSerializer;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/** An event store on the embedded server, written to as aggregates would, with the actor and time chosen per event. */
final class AuditStore implements AutoCloseable {

    final MongoStore store = MongoStore.inMemory("audit");
    final MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
            .database(store.database())
            .eventSerializer(PonteSerializer.jackson())
            .snapshotSerializer(PonteSerializer.jackson())
            .build();
    final EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
    private final Map<String, Long> sequences = new HashMap<>();

    void append(String aggregateType, Object aggregateId, Object payload, String userId, Instant at) {
        String id = aggregateId.toString();
        long sequence = sequences.merge(id, 1L, Long::sum) - 1;
        engine.appendEvents(new GenericDomainEventMessage<>(aggregateType, id, sequence, payload,
                Map.of(Actor.USER_ID, userId, Actor.ROLE, userId.startsWith("officer") ? "OFFICER" : "MANAGER",
                        Actor.SOURCE, "UI", Actor.CORRELATION_ID, UUID.randomUUID().toString()),
                UUID.randomUUID().toString(), at));
    }

    /** Every stored event in global order, as a streaming processor receives them. */
    List<? extends TrackedEventMessage<?>> trackedEvents() {
        return engine.readEvents(null, false).toList();
    }

    @Override
    public void close() {
        eventStore.shutDown();
        store.close();
    }
}
