package app.ponte.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;

/**
 * The one MongoDB database that holds Ponte's events, processor tokens and read models: either a real
 * deployment reached through a connection string, or an embedded server started in this process.
 */
public final class MongoStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MongoStore.class);

    private static final int WORKER_THREADS = 32;

    private final MongoServer embeddedServer;
    private final AtomicWrites writes;
    private final MongoClient client;
    private final MongoDatabase database;
    private final String databaseName;

    private MongoStore(MongoServer embeddedServer, AtomicWrites writes, String connectionString,
            String databaseName) {
        this.embeddedServer = embeddedServer;
        this.writes = writes;
        this.databaseName = databaseName;
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connectionString))
                .applyToSocketSettings(s -> s.connectTimeout(10, TimeUnit.SECONDS))
                .build();
        this.client = MongoClients.create(settings);
        this.database = client.getDatabase(databaseName);
    }

    /**
     * Opens the store. With a blank connection string an embedded server is started on 127.0.0.1 with its
     * data in {@code dataDir}, so one command runs the whole product on a fresh machine.
     */
    public static MongoStore open(String connectionString, Path dataDir, String databaseName) {
        if (connectionString != null && !connectionString.isBlank()) {
            log.info("Using MongoDB at {}", redact(connectionString));
            return new MongoStore(null, null, connectionString, databaseName);
        }
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dataDir, e);
        }
        Path file = dataDir.toAbsolutePath().resolve("ponte.mv");
        log.info("No MongoDB configured: starting the embedded store with its data in {}", file);
        DurableH2Backend backend = new DurableH2Backend(file.toString());
        return embedded(backend, backend.writes(), databaseName);
    }

    /** An embedded store that keeps everything in memory: for tests and benchmarks. */
    public static MongoStore inMemory(String databaseName) {
        AtomicMemoryBackend backend = new AtomicMemoryBackend();
        return embedded(backend, backend.writes(), databaseName);
    }

    private static MongoStore embedded(MongoBackend backend, AtomicWrites writes, String databaseName) {
        MongoServer server = new MongoServer(backend);
        // The server answers each request on its worker thread, and a write waits there for its commit: more
        // workers than Netty's default of two per core let more writers share a commit.
        server.bind(new InetSocketAddress("127.0.0.1", 0), 1, WORKER_THREADS);
        return new MongoStore(server, writes, server.getConnectionString(), databaseName);
    }

    public MongoClient client() {
        return client;
    }

    public MongoDatabase database() {
        return database;
    }

    /** The connection string of the embedded server, for a second client as another node would open. */
    public String embeddedConnectionString() {
        if (embeddedServer == null) {
            throw new IllegalStateException("This store is not embedded");
        }
        return embeddedServer.getConnectionString();
    }

    /**
     * How many data-changing requests the embedded server has answered and how many commits it made for them (for
     * benchmarks; none for a store that is not embedded).
     */
    public WriteCounts writeCounts() {
        return writes == null ? new WriteCounts(0, 0) : new WriteCounts(writes.writes(), writes.commits());
    }

    /** Data-changing requests and the commits that made them durable. */
    public record WriteCounts(long writes, long commits) {}

    /**
     * A token store in the same database. Claims are plain document updates, so it needs no transactions and
     * lets processors on several nodes share segments.
     */
    public TokenStore tokenStore(Serializer serializer) {
        return tokenStore(serializer, ManagementFactory.getRuntimeMXBean().getName());
    }

    /** A token store that claims segments as {@code nodeId}: each node sharing the database needs its own. */
    public TokenStore tokenStore(Serializer serializer, String nodeId) {
        MongoTokenStore store = MongoTokenStore.builder()
                .nodeId(nodeId)
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(client, databaseName)
                        .build())
                .serializer(serializer)
                .build();
        store.ensureIndexes();
        return store;
    }

    @Override
    public void close() {
        client.close();
        if (embeddedServer != null) {
            embeddedServer.shutdown();
        }
    }

    private static String redact(String connectionString) {
        return connectionString.replaceAll("//[^@/]*@", "//***@");
    }
}
