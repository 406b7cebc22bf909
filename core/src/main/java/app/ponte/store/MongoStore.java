package app.ponte.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.h2.mvstore.MVStoreTool;
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

    private volatile MongoServer embeddedServer;
    private volatile AtomicWrites writes;
    private final Path embeddedFile;
    private final MongoClient client;
    private final MongoDatabase database;
    private final String databaseName;

    /** How long a request waits for an unreachable store before it fails, unless configured otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    private MongoStore(MongoServer embeddedServer, AtomicWrites writes, Path embeddedFile, String connectionString,
            String databaseName, Duration timeout) {
        this.embeddedServer = embeddedServer;
        this.writes = writes;
        this.embeddedFile = embeddedFile;
        this.databaseName = databaseName;
        // The driver waits 30 s by default to find a server: a lost store would hold every request that long. A
        // short wait lets requests fail fast with "store unavailable" and lets shutdown proceed; a connection string
        // that sets its own serverSelectionTimeoutMS or connectTimeoutMS still wins.
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyToClusterSettings(c -> c.serverSelectionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(s -> s.connectTimeout((int) timeout.toMillis(), TimeUnit.MILLISECONDS))
                .applyConnectionString(new ConnectionString(connectionString))
                .build();
        this.client = MongoClients.create(settings);
        this.database = client.getDatabase(databaseName);
    }

    /**
     * Opens the store. With a blank connection string an embedded server is started on 127.0.0.1 with its
     * data in {@code dataDir}, so one command runs the whole product on a fresh machine.
     */
    public static MongoStore open(String connectionString, Path dataDir, String databaseName) {
        return open(connectionString, dataDir, databaseName, DEFAULT_TIMEOUT);
    }

    /** As {@link #open(String, Path, String)}, waiting at most {@code timeout} to reach the store. */
    public static MongoStore open(String connectionString, Path dataDir, String databaseName, Duration timeout) {
        return open(connectionString, dataDir, databaseName, timeout, 0);
    }

    /**
     * As {@link #open(String, Path, String, Duration)}, the embedded server listening on {@code embeddedPort} of the
     * loopback interface (0: a free port chosen at start). A fixed port lets MongoDB tools and a second instance
     * find the store after every restart; it is ignored when a connection string is given.
     */
    public static MongoStore open(String connectionString, Path dataDir, String databaseName, Duration timeout,
            int embeddedPort) {
        if (embeddedPort < 0 || embeddedPort > 65535) {
            throw new IllegalArgumentException("ponte.embedded.port must be 0 (any free port) or a port up to 65535, "
                    + "not " + embeddedPort);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("ponte.mongodb.timeout-ms must be positive, was " + timeout.toMillis());
        }
        if (connectionString != null && !connectionString.isBlank()) {
            log.info("Using MongoDB at {}", redact(connectionString));
            return new MongoStore(null, null, null, connectionString, databaseName, timeout);
        }
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dataDir, e);
        }
        Path file = dataDir.toAbsolutePath().resolve("ponte.mv");
        log.info("No MongoDB configured: starting the embedded store with its data in {}", file);
        DurableH2Backend backend = new DurableH2Backend(file.toString());
        MongoStore store;
        try {
            store = embedded(backend, backend.writes(), file, databaseName, timeout, embeddedPort);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        log.info("The embedded store listens on 127.0.0.1 only, with no authentication: {}/{}",
                store.embeddedServer.getConnectionString(), databaseName);
        return store;
    }

    /** An embedded store that keeps everything in memory: for tests and benchmarks. */
    public static MongoStore inMemory(String databaseName) {
        AtomicMemoryBackend backend = new AtomicMemoryBackend();
        return embedded(backend, backend.writes(), null, databaseName, DEFAULT_TIMEOUT, 0);
    }

    private static MongoStore embedded(MongoBackend backend, AtomicWrites writes, Path file, String databaseName,
            Duration timeout, int port) {
        MongoServer server = new MongoServer(backend);
        try {
            bind(server, port);
        } catch (Exception e) { // Netty throws a BindException unchecked
            throw new IllegalStateException("The embedded store cannot listen on 127.0.0.1:" + port
                    + " (ponte.embedded.port, PONTE_EMBEDDED_PORT): " + e.getMessage(), e);
        }
        return new MongoStore(server, writes, file, server.getConnectionString(), databaseName, timeout);
    }

    // The server answers each request on its worker thread, and a write waits there for its commit: more workers
    // than Netty's default of two per core let more writers share a commit.
    private static void bind(MongoServer server, int port) {
        server.bind(new InetSocketAddress("127.0.0.1", port), 1, WORKER_THREADS);
    }

    /**
     * Rewrites the embedded store's file with its live data only. The file keeps older copies of documents in pages
     * it has not reused yet; after something that must not be found in the file was overwritten (keys an earlier
     * version stored in clear), those copies must go too. The server stops for the copy and comes back on the same
     * port, where the client reconnects; nothing else may be writing meanwhile. Does nothing for a MongoDB deployment
     * or the in-memory store.
     */
    public synchronized void rewriteEmbeddedFile() {
        if (embeddedServer == null || embeddedFile == null) {
            return;
        }
        int port = embeddedServer.getLocalAddress().getPort();
        embeddedServer.shutdown();
        MVStoreTool.compact(embeddedFile.toString(), false);
        DurableH2Backend backend = new DurableH2Backend(embeddedFile.toString());
        MongoServer server = new MongoServer(backend);
        bind(server, port);
        writes = backend.writes();
        embeddedServer = server;
        log.info("Rewrote {} with its live data only", embeddedFile);
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
