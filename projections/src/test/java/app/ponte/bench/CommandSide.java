package app.ponte.bench;

import java.time.Duration;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;

import com.mongodb.client.MongoDatabase;

import app.ponte.store.MongoEventStorageEngine;

/**
 * Axon wired without Spring around one database, as the application wires it: the storage engine in an embedded
 * event store, the token store beside it, the benchmark's aggregate, and a pooled streaming processor with Axon's
 * default settings tailing the store.
 */
final class CommandSide implements AutoCloseable {

    private static final Duration PRODUCER_STOP = Duration.ofSeconds(5);

    private final MongoEventStorageEngine engine;
    private final TokenStore tokens;
    private final TailCounter tail = new TailCounter();
    private final Configuration axon;

    /**
     * @param cached whether the repository keeps loaded counters in Axon's weak-reference cache, which spares
     *               reading the aggregate's events for every command
     * @param gapTimeout the engine's gap timeout, or null for the engine's default
     */
    CommandSide(MongoDatabase database, TokenStore tokens, Serializer serializer, boolean cached,
            Duration gapTimeout) {
        MongoEventStorageEngine.Builder builder = MongoEventStorageEngine.builder()
                .database(database)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer);
        if (gapTimeout != null) {
            builder.gapTimeout(gapTimeout);
        }
        this.engine = builder.build();
        this.tokens = tokens;
        AggregateConfigurer<TickCounter> counters = AggregateConfigurer.defaultConfiguration(TickCounter.class);
        if (cached) {
            counters.configureWeakReferenceCache();
        }
        this.axon = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureEmbeddedEventStore(c -> engine)
                .configureAggregate(counters)
                .eventProcessing(processing -> processing
                        .registerTokenStore(c -> tokens)
                        .registerPooledStreamingEventProcessor(TailCounter.PROCESSOR)
                        .registerEventHandler(c -> tail))
                .start();
    }

    MongoEventStorageEngine engine() {
        return engine;
    }

    TokenStore tokens() {
        return tokens;
    }

    Configuration axon() {
        return axon;
    }

    long tailSeen() {
        return tail.seen();
    }

    void send(Object command, MetaData metaData) {
        axon.commandGateway().sendAndWait(command, metaData);
    }

    /** Stops the live tail, so that it does not compete with what is measured next. */
    void stopTail() {
        axon.eventProcessingConfiguration().eventProcessor(TailCounter.PROCESSOR).ifPresent(EventProcessor::shutDown);
    }

    /**
     * Shuts Axon down and waits for the event store's producer thread, which stops on its own time after the
     * shutdown and would otherwise still be reading when the benchmark closes the database under it.
     */
    @Override
    public void close() {
        axon.shutdown();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("EmbeddedEventStore")) {
                try {
                    thread.join(PRODUCER_STOP.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
