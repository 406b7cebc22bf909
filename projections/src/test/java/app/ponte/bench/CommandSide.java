package app.ponte.bench;

import java.time.Duration;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import app.ponte.shared.DomainException;
import app.ponte.store.CachingTargetResolver;
import app.ponte.store.ConflictRetryScheduler;
import app.ponte.store.LruAggregateCache;
import app.ponte.store.MongoEventStorageEngine;

/**
 * Axon wired without Spring around one database of the embedded server, through a client of its own that counts
 * its requests: the storage engine in an embedded event store, the token store beside it, the benchmark's
 * aggregate, a gateway, and a pooled streaming processor tailing the store with the application's settings (16
 * segments, batches of up to 100 events). {@link Wiring#APPLICATION} is what ui's StoreConfiguration,
 * AxonConfiguration and DomainConfiguration set up; the other wirings leave out one of its parts, to show what
 * each gives.
 */
final class CommandSide implements AutoCloseable {

    private static final Duration PRODUCER_STOP = Duration.ofSeconds(5);
    /** The application's processors take batches of up to 100 events (ui's AxonConfiguration). */
    static final int TAIL_BATCH = 100;
    /** The application's default for ponte.aggregate-cache.size, and its conflict retries (AxonConfiguration). */
    private static final int APPLICATION_CACHE_SIZE = 1000;
    private static final int APPLICATION_CONFLICT_RETRIES = 3;

    /** How the command side is put together. */
    enum Wiring {
        APPLICATION(false, APPLICATION_CACHE_SIZE, "as the application: no snapshot reads, LRU cache of %,d "
                .formatted(APPLICATION_CACHE_SIZE) + "aggregates per type, conflict retry, target types cached"),
        NO_CACHE(false, 0, "no snapshot reads, no aggregate cache, target types cached"),
        EARLIER(true, 0, "a snapshot read before every load, no aggregate cache, Axon's target resolver: the "
                + "application's wiring before this benchmark's findings");

        private final boolean snapshots;
        private final int cacheSize;
        private final String description;

        Wiring(boolean snapshots, int cacheSize, String description) {
            this.snapshots = snapshots;
            this.cacheSize = cacheSize;
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    private final MongoClient client;
    private final RequestCounter requests = new RequestCounter();
    private final MongoEventStorageEngine engine;
    private final TokenStore tokens;
    private final TailCounter tail = new TailCounter();
    private final Configuration axon;

    /**
     * @param connectionString the embedded server's
     * @param gapTimeout the engine's gap timeout, or null for the engine's default
     */
    CommandSide(String connectionString, String databaseName, Serializer serializer, Wiring wiring,
            Duration gapTimeout) {
        this.client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connectionString))
                .addCommandListener(requests)
                .build());
        MongoDatabase database = client.getDatabase(databaseName);
        MongoEventStorageEngine.Builder builder = MongoEventStorageEngine.builder()
                .database(database)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .snapshots(wiring.snapshots);
        if (gapTimeout != null) {
            builder.gapTimeout(gapTimeout);
        }
        this.engine = builder.build();
        MongoTokenStore tokenStore = MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, databaseName).build())
                .serializer(serializer)
                .build();
        tokenStore.ensureIndexes();
        this.tokens = tokenStore;
        AggregateConfigurer<TickCounter> counters = AggregateConfigurer.defaultConfiguration(TickCounter.class);
        if (wiring.cacheSize > 0) {
            counters.configureCache(c -> new LruAggregateCache(wiring.cacheSize));
        }
        if (wiring != Wiring.EARLIER) {
            counters.configureCommandTargetResolver(c -> new CachingTargetResolver());
        }
        var configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureEmbeddedEventStore(c -> engine)
                .configureAggregate(counters)
                .eventProcessing(processing -> processing
                        .registerTokenStore(c -> tokens)
                        .registerPooledStreamingEventProcessor(TailCounter.PROCESSOR, Configuration::eventStore,
                                (c, processor) -> processor.batchSize(TAIL_BATCH))
                        .registerEventHandler(c -> tail));
        if (wiring == Wiring.APPLICATION) {
            configurer.registerComponent(CommandGateway.class, c -> DefaultCommandGateway.builder()
                    .commandBus(c.commandBus())
                    .retryScheduler(new ConflictRetryScheduler(APPLICATION_CONFLICT_RETRIES, DomainException.class::isInstance))
                    .build());
        }
        this.axon = configurer.start();
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

    /** The requests this side's client has sent so far, by command and collection. */
    Map<String, Long> requests() {
        return requests.counts();
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
     * shutdown and would otherwise still be reading when the client is closed under it.
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
                    break;
                }
            }
        }
        client.close();
    }
}
