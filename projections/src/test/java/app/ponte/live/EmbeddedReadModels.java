package app.ponte.live;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;

/**
 * A read-model test bench: an embedded MongoDB-compatible server, a query bus, and projections fed through Axon's
 * own annotation adapters, so handlers receive timestamps and identifiers as a processor would give them.
 */
public final class EmbeddedReadModels implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;
    private final MongoDatabase database;
    private final QueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
    private final QueryBus queryBus = SimpleQueryBus.builder().queryUpdateEmitter(emitter).build();
    private final ReadModelChanges changes;
    private final List<AnnotationEventHandlerAdapter> projections = new ArrayList<>();
    private Instant clock = Instant.parse("2017-05-15T00:00:00Z");

    public EmbeddedReadModels() {
        var address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        database = client.getDatabase("ponte");
        changes = new ReadModelChanges(database);
    }

    public MongoDatabase database() {
        return database;
    }

    public ReadModelChanges changes() {
        return changes;
    }

    public QueryUpdateEmitter emitter() {
        return emitter;
    }

    public QueryBus queryBus() {
        return queryBus;
    }

    public <T> T register(T projection) {
        projections.add(new AnnotationEventHandlerAdapter(projection));
        new AnnotationQueryHandlerAdapter<>(projection).subscribe(queryBus);
        return projection;
    }

    /** Delivers each event to every registered projection, one second after the previous one. */
    public List<EventMessage<?>> publish(Object... events) {
        var messages = new ArrayList<EventMessage<?>>();
        for (Object event : events) {
            clock = clock.plusSeconds(1);
            var message = new GenericEventMessage<>(UUID.randomUUID().toString(), event,
                    org.axonframework.messaging.MetaData.emptyInstance(), clock);
            messages.add(message);
        }
        deliver(messages);
        return messages;
    }

    public void deliver(List<EventMessage<?>> messages) {
        for (EventMessage<?> message : messages) {
            for (AnnotationEventHandlerAdapter projection : projections) {
                try {
                    if (projection.canHandle(message)) {
                        projection.handle(message);
                    }
                } catch (Exception failure) {
                    throw new IllegalStateException("Handling " + message.getPayloadType().getSimpleName(), failure);
                }
            }
        }
    }

    /**
     * Delivers the messages as a pooled processor does, {@code size} to a BatchingUnitOfWork, with the interceptor
     * that sends the batch's read-model writes at its end.
     */
    public void deliverInBatches(List<EventMessage<?>> messages, int size) {
        var flush = app.ponte.readmodel.ReadModelBatch.flushAtEndOfBatch();
        for (int from = 0; from < messages.size(); from += size) {
            var unitOfWork = new org.axonframework.messaging.unitofwork.BatchingUnitOfWork<EventMessage<?>>(
                    messages.subList(from, Math.min(messages.size(), from + size)));
            var result = unitOfWork.executeWithResult(() -> new org.axonframework.messaging.DefaultInterceptorChain<>(
                    unitOfWork, List.of(flush), message -> {
                        for (AnnotationEventHandlerAdapter projection : projections) {
                            if (projection.canHandle(message)) {
                                projection.handle(message);
                            }
                        }
                        return null;
                    }).proceed());
            if (result.isExceptional()) {
                throw new IllegalStateException("A batch failed", result.exceptionResult());
            }
        }
    }

    public void resetAll() {
        projections.forEach(AnnotationEventHandlerAdapter::prepareReset);
    }

    public <R> R ask(Object query, Class<R> answer) {
        return queryBus.query(new GenericQueryMessage<>(query, ResponseTypes.instanceOf(answer))).join().getPayload();
    }

    public <R> List<R> askList(Object query, Class<R> element) {
        return queryBus.query(new GenericQueryMessage<>(query, ResponseTypes.multipleInstancesOf(element))).join()
                .getPayload();
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
