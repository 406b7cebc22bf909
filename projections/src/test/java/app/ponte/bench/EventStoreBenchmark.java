package app.ponte.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import app.ponte.store.MongoEventStorageEngine;
import app.ponte.store.MongoStore;
import app.ponte.store.PonteSerializer;

/**
 * Measures Ponte's event store against the raw MongoDB driver on the embedded server, in one run: raw
 * {@code insertOne}, commands through Axon's command gateway with a streaming processor tailing the store,
 * a counting replay at 10k and at 100k events, and the raw cursor scan of the same events. Run it through the
 * {@code bench} Maven profile (see BENCHMARKS.md); {@code --h2} measures the H2 file backend after the memory one.
 */
public final class EventStoreBenchmark {

    private static final Logger log = LoggerFactory.getLogger(EventStoreBenchmark.class);
    /** The figures themselves, printed without decoration so that they can be pasted into BENCHMARKS.md. */
    private static final Logger report = LoggerFactory.getLogger("app.ponte.bench.report");

    private static final int THREADS = 4;
    private static final int COUNTERS = 400;
    private static final int RAW_WARM_UP = 5_000;
    private static final int RAW_INSERTS = 20_000;
    private static final int COMMAND_WARM_UP = 1_600;
    private static final int COMMANDS = 8_000;
    private static final long SMALL_STORE = COUNTERS + COMMAND_WARM_UP + COMMANDS;
    private static final long LARGE_STORE = 100_000;
    private static final int REPLAY_SEGMENTS = 1;
    private static final int REPLAY_BATCH = 100;
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    /** A full result set in one reply would exceed the wire protocol's limit on a large store. */
    private static final int SCAN_BATCH = 1_000;
    private static final String GAP_TIMEOUT_OPTION = "--gap-timeout-ms=";
    /*
     * Shorter than the engine's default of 10 s: on the embedded server, concurrent writers are sometimes handed
     * the same global number, and the number skipped then stalls every reader for the gap timeout (see
     * BENCHMARKS.md). With the default, a run would spend minutes waiting on those gaps.
     */
    private static final Duration DEFAULT_GAP_TIMEOUT = Duration.ofMillis(100);

    /*
     * A real event (a scheduled engagement with its title, venue, times, counterparts and themes) serializes to
     * about 500 bytes of JSON; the note makes the benchmark's events as heavy.
     */
    private static final String NOTE = "Meeting with the technology transfer office of Fudan University (复旦大学) "
            + "at the Zhangjiang campus, Shanghai, on collaboration opportunities between the Italian life-sciences "
            + "system and Chinese counterparts: prevention, chronic patient management, patient-centric "
            + "healthcare; follow-up with ShanghaiTech University and the Consulate General.";
    private static final MetaData CAUSE = MetaData.with("userId", "officer-7")
            .and("role", "PROGRAM_OFFICER")
            .and("origin", "UI");

    private final Serializer serializer = PonteSerializer.jackson();
    private final Duration gapTimeout;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private EventStoreBenchmark(Duration gapTimeout) {
        this.gapTimeout = gapTimeout;
    }

    public static void main(String[] args) throws Exception {
        boolean h2 = false;
        Duration gapTimeout = DEFAULT_GAP_TIMEOUT;
        for (String arg : args) {
            if (arg.equals("--h2")) {
                h2 = true;
            } else if (arg.startsWith(GAP_TIMEOUT_OPTION)) {
                gapTimeout = Duration.ofMillis(Long.parseLong(arg.substring(GAP_TIMEOUT_OPTION.length())));
            } else if (!arg.isBlank()) {
                throw new IllegalArgumentException("Unknown argument '" + arg + "': the options are --h2 and "
                        + GAP_TIMEOUT_OPTION + "<milliseconds>");
            }
        }
        EventStoreBenchmark benchmark = new EventStoreBenchmark(gapTimeout);
        try (MongoStore store = MongoStore.inMemory("bench")) {
            benchmark.run("memory", store);
        }
        if (h2) {
            Path dataDir = Files.createTempDirectory("ponte-bench-h2");
            try (MongoStore store = MongoStore.open(null, dataDir, "bench")) {
                benchmark.run("h2 file", store);
            } finally {
                deleteRecursively(dataDir);
            }
        }
        benchmark.print();
    }

    private void run(String backend, MongoStore store) throws Exception {
        log.info("Benchmarking the {} backend", backend);
        Document sample = sampleCommit(store.client().getDatabase("bench-sample"));
        int sampleBytes = new RawBsonDocument(sample, new DocumentCodec()).getByteBuffer().remaining();

        Measurement rawInsert = rawInserts(store.client().getDatabase("bench-raw"), sample);
        row(backend, rawInsert, "%d-byte commit documents, 3 unique indexes".formatted(sampleBytes), null, null);

        MongoDatabase database = store.database();
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .database(database)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .gapTimeout(gapTimeout)
                .build();
        TokenStore tokens = store.tokenStore(serializer);
        TailCounter tail = new TailCounter();
        Configuration axon = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureEmbeddedEventStore(c -> engine)
                .configureAggregate(TickCounter.class)
                .eventProcessing(processing -> processing
                        .registerTokenStore(c -> tokens)
                        .registerPooledStreamingEventProcessor(TailCounter.PROCESSOR)
                        .registerEventHandler(c -> tail))
                .start();
        MongoCollection<Document> events = database.getCollection("events");
        try {
            Measurement commands = commands(axon.commandGateway());
            row(backend, commands, "sendAndWait, 1 event each, over %d aggregates; tail processor running"
                    .formatted(COUNTERS), rawInsert, 0.30);
            long lag = awaitCount(tail::seen, SMALL_STORE, "the tail processor");
            notes.add("%s: the tail processor (Axon's defaults: 16 segments, batch 1) saw the last event %,d ms after "
                    .formatted(backend, lag) + "the last command was acknowledged; %d global numbers were claimed "
                    .formatted(claims(events)) + "as empty by then (gap timeout " + gapTimeout.toMillis() + " ms)");

            StreamableMessageSource<TrackedEventMessage<?>> source = axon.eventStore();
            countingReplay(source, tokens, SMALL_STORE, "warm-up-10k");
            Measurement replaySmall = countingReplay(source, tokens, SMALL_STORE, "count-10k");
            rawScan(events);
            Measurement scanSmall = rawScan(events);

            Measurement append = appendUpTo(engine, LARGE_STORE - SMALL_STORE);
            row(backend, append, "engine.appendEvents, 1 event per commit, no command handling", rawInsert, null);
            lag = awaitCount(tail::seen, LARGE_STORE, "the tail processor");
            notes.add("%s: the tail processor saw the last event %,d ms after the last append; %d global numbers "
                    .formatted(backend, lag, claims(events)) + "were claimed as empty by then");

            rawScan(events);
            Measurement scanLarge = rawScan(events);
            Measurement replayLarge = countingReplay(source, tokens, LARGE_STORE, "count-100k");

            String replaySetup = "%d segment, batch %d, handler only counts".formatted(REPLAY_SEGMENTS, REPLAY_BATCH);
            String scanSetup = "find() over the events collection, batches of %d".formatted(SCAN_BATCH);
            row(backend, scanSmall, scanSetup, null, null);
            row(backend, replaySmall, replaySetup, scanSmall, 0.50);
            row(backend, scanLarge, scanSetup, null, null);
            row(backend, replayLarge, replaySetup, scanLarge, 0.50);
            rows.add(new Row(backend, "replay at 100k / replay at 10k", "", "",
                    percent(replayLarge.ratioTo(replaySmall)), "≥ 90 %",
                    verdict(replayLarge.ratioTo(replaySmall), 0.90), "does not fall (10 % allowed for noise)"));
        } finally {
            axon.shutdown();
        }
    }

    /** Claims are the commit documents without events: numbers handed out that no commit filled. */
    private static long claims(MongoCollection<Document> events) {
        return events.countDocuments(Filters.exists("events", false));
    }

    /** Stores one event through the engine, as a command would, and returns the commit document it wrote. */
    private Document sampleCommit(MongoDatabase scratch) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .database(scratch)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
        MetaData metaData = CAUSE.and("correlationId", UUID.randomUUID().toString())
                .and("traceId", UUID.randomUUID().toString());
        engine.appendEvents(new GenericDomainEventMessage<>("TickCounter", "sample", 0,
                new TickRecorded("sample", 1, NOTE), metaData));
        return scratch.getCollection("events").find().first();
    }

    /** The baseline: commit-sized documents written one per {@code insertOne}, with the indexes the engine keeps. */
    private Measurement rawInserts(MongoDatabase database, Document sample) {
        MongoCollection<Document> warmUp = indexedCollection(database, "warm-up");
        Parallel.run(THREADS, RAW_WARM_UP, (thread, index) -> warmUp.insertOne(copy(sample, index)));
        MongoCollection<Document> commits = indexedCollection(database, "commits");
        long nanos = Parallel.run(THREADS, RAW_INSERTS, (thread, index) -> commits.insertOne(copy(sample, index)));
        return new Measurement("raw insertOne, 4 threads", RAW_INSERTS, Duration.ofNanos(nanos));
    }

    private static MongoCollection<Document> indexedCollection(MongoDatabase database, String name) {
        MongoCollection<Document> collection = database.getCollection(name);
        collection.createIndex(Indexes.ascending("g"), new IndexOptions().unique(true));
        collection.createIndex(Indexes.ascending("keys"), new IndexOptions().unique(true).sparse(true));
        collection.createIndex(Indexes.ascending("ids"), new IndexOptions().unique(true).sparse(true));
        return collection;
    }

    private static Document copy(Document sample, long index) {
        Document copy = new Document(sample);
        copy.put("_id", index + 1);
        copy.put("g", List.of(index + 1));
        copy.put("keys", List.of("raw-" + index + "/0"));
        copy.put("ids", List.of(UUID.randomUUID().toString()));
        return copy;
    }

    /**
     * Opens the counters, warms up, then measures commands spread over all counters; the measurement ends when
     * the last command is acknowledged.
     */
    private Measurement commands(CommandGateway gateway) {
        Parallel.run(THREADS, COUNTERS, (thread, index) ->
                gateway.sendAndWait(new OpenCounter(counterId(index), "counter " + index), CAUSE));
        Parallel.run(THREADS, COMMAND_WARM_UP, (thread, index) ->
                gateway.sendAndWait(new RecordTick(counterId(index), NOTE), CAUSE));
        // The prime stride spreads the commands over all counters while each thread keeps to counters of its own.
        long nanos = Parallel.run(THREADS, COMMANDS, (thread, index) ->
                gateway.sendAndWait(new RecordTick(counterId(index * 7919), NOTE), CAUSE));
        return new Measurement("commands via CommandGateway, 4 threads", COMMANDS, Duration.ofNanos(nanos));
    }

    private static String counterId(long index) {
        return "counter-" + (index % COUNTERS);
    }

    /** A processor that has never run replays the whole store from the tail token, counting what it sees. */
    private Measurement countingReplay(StreamableMessageSource<TrackedEventMessage<?>> source, TokenStore tokens,
            long expected, String name) throws InterruptedException, ExecutionException, TimeoutException {
        CountingHandler handler = new CountingHandler();
        ScheduledExecutorService coordinator = Executors.newSingleThreadScheduledExecutor();
        ScheduledExecutorService workers = Executors.newScheduledThreadPool(REPLAY_SEGMENTS);
        PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
                .name("bench-replay-" + name)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(handler).build())
                .messageSource(source)
                .tokenStore(tokens)
                .transactionManager(NoTransactionManager.INSTANCE)
                .coordinatorExecutor(coordinator)
                .workerExecutor(workers)
                .initialSegmentCount(REPLAY_SEGMENTS)
                .batchSize(REPLAY_BATCH)
                .initialToken(StreamableMessageSource::createTailToken)
                .build();
        try {
            long start = System.nanoTime();
            processor.start();
            awaitCount(handler::seen, expected, "processor " + name);
            Measurement measured = Measurement.since("counting replay at " + label(expected), handler.seen(), start);
            log.info("{}: {} events in {} ms", processor.getName(), handler.seen(), measured.elapsed().toMillis());
            return measured;
        } finally {
            processor.shutdownAsync().get(30, TimeUnit.SECONDS);
            coordinator.shutdownNow();
            workers.shutdownNow();
        }
    }

    /** Reads every commit with a plain cursor and counts the events in them. */
    private static Measurement rawScan(MongoCollection<Document> events) {
        long start = System.nanoTime();
        long counted = 0;
        try (MongoCursor<Document> cursor = events.find().batchSize(SCAN_BATCH).iterator()) {
            while (cursor.hasNext()) {
                counted += cursor.next().getList("events", Document.class, List.of()).size();
            }
        }
        return Measurement.since("raw cursor scan at " + label(counted), counted, start);
    }

    /**
     * Grows the store to its large size quickly: straight through the engine, one event per commit as commands
     * write them, on fresh aggregates so that no command handling or aggregate loading is involved.
     */
    private Measurement appendUpTo(MongoEventStorageEngine engine, long count) {
        long nanos = Parallel.run(THREADS, count, (thread, index) -> {
            long local = index / THREADS;
            String aggregate = "bulk-" + thread + "-" + local / 100;
            engine.appendEvents(new GenericDomainEventMessage<>("TickCounter", aggregate, local % 100,
                    new TickRecorded(aggregate, local % 100 + 1, NOTE),
                    CAUSE.and("correlationId", UUID.randomUUID().toString())));
        });
        return new Measurement("engine append, 4 threads", count, Duration.ofNanos(nanos));
    }

    /** Waits until {@code seen} reaches {@code expected} and returns how many milliseconds that took. */
    private static long awaitCount(LongSupplier seen, long expected, String who) {
        long start = System.nanoTime();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (seen.getAsLong() < expected) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("%s saw %d of %d events within %s".formatted(who, seen.getAsLong(),
                        expected, PATIENCE));
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + who, e);
            }
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private void row(String backend, Measurement measured, String setup, Measurement baseline, Double target) {
        String ratio = "";
        String targetText = "";
        String verdict = "";
        if (baseline != null) {
            ratio = percent(measured.ratioTo(baseline)) + " of " + baseline.name();
        }
        if (target != null) {
            targetText = "≥ " + percent(target);
            verdict = verdict(measured.ratioTo(baseline), target);
        }
        rows.add(new Row(backend, measured.name(), "%,d".formatted(measured.events()),
                "%,.0f".formatted(measured.perSecond()), ratio, targetText, verdict, setup));
    }

    private void print() {
        report.info("");
        report.info("Ponte event-store benchmark, {} cores, {}", Runtime.getRuntime().availableProcessors(),
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        report.info("| backend | measurement | events | events/s | ratio | target | met | setup |");
        report.info("|---|---|---:|---:|---|---|---|---|");
        for (Row row : rows) {
            report.info("| {} | {} | {} | {} | {} | {} | {} | {} |", row.backend(), row.measurement(), row.events(),
                    row.rate(), row.ratio(), row.target(), row.verdict(), row.setup());
        }
        report.info("");
        notes.forEach(note -> report.info("- {}", note));
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.0f %%", ratio * 100);
    }

    private static String verdict(double ratio, double target) {
        return ratio >= target ? "yes" : "**no**";
    }

    private static String label(long events) {
        return events >= 1000 ? Math.round(events / 1000.0) + "k" : String.valueOf(events);
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the benchmark's data folder " + dir, e);
        }
    }

    /** One line of the printed table. */
    private record Row(String backend, String measurement, String events, String rate, String ratio, String target,
            String verdict, String setup) {
    }
}
