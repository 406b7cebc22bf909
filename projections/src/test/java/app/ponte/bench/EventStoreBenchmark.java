package app.ponte.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
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

import app.ponte.agenda.AgendaProjection;
import app.ponte.bench.CommandSide.Wiring;
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
    /* Raw inserts reach their full rate only after tens of thousands (rounds of 4,000 kept rising after 5,000): a
     * baseline still warming would flatter the ratio. */
    private static final int RAW_WARM_UP = 40_000;
    private static final int COMMAND_WARM_UP = 600;
    /* Measurements alternate in rounds, and the best round counts, so that a burst of load from another process on
     * the machine does not decide a ratio. */
    private static final int ROUNDS = 6;
    private static final int RAW_PER_ROUND = 4_000;
    private static final int COMMANDS_PER_ROUND = 1_500;
    private static final int SMALL_READ_ROUNDS = 6;
    private static final int LARGE_READ_ROUNDS = 4;
    /* The small store is read first, by code the JIT has not compiled yet: it is read this many times before the
     * measured rounds, so that 10k and 100k are compared at the same warmth. */
    private static final int WARM_UP_READS = 5;
    private static final long SMALL_STORE = COUNTERS + COMMAND_WARM_UP + ROUNDS * COMMANDS_PER_ROUND;
    private static final long LARGE_STORE = 100_000;
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    /*
     * Without a batch size the embedded server answers a find() with the whole result in one reply, which on the
     * large store exceeds the wire protocol's 48 MB limit; and it encodes large replies slowly (a probe measured
     * 100k documents at about 110,000/s in batches of 100 and about 45,000/s in batches of 1,000 or 10,000). The
     * scan therefore reads in batches of 100, as the engine's tracking reads do.
     */
    private static final int SCAN_BATCH = 100;
    private static final String GAP_TIMEOUT_OPTION = "--gap-timeout-ms=";

    /** How the replaying processors are set up: one segment, the application's setup, and Axon's defaults. */
    private record Setup(int segments, int batchSize) {

        static final Setup TUNED = new Setup(1, 100);
        static final Setup APPLICATION = new Setup(16, CommandSide.TAIL_BATCH);
        static final Setup AXON_DEFAULTS = new Setup(16, 1);

        @Override
        public String toString() {
            return "%d segment%s, batch %d".formatted(segments, segments == 1 ? "" : "s", batchSize);
        }
    }

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
    /** The engine's gap timeout, or null for the engine's own default. */
    private final Duration gapTimeout;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final String loadAtStart = loadAverage();

    private EventStoreBenchmark(Duration gapTimeout) {
        this.gapTimeout = gapTimeout;
    }

    public static void main(String[] args) throws Exception {
        boolean h2 = false;
        Duration gapTimeout = null;
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
        MongoDatabase rawDatabase = store.client().getDatabase("bench-raw");
        MongoCollection<Document> warmUp = indexedCollection(rawDatabase, "warm-up");
        Parallel.run(THREADS, RAW_WARM_UP, (thread, index) -> warmUp.insertOne(copy(sample, index)));
        // The embedded server keeps every document on the heap: what is no longer read goes, so that it does not
        // weigh on the garbage collector during the measurements after it.
        warmUp.drop();
        MongoCollection<Document> commits = indexedCollection(rawDatabase, "commits");

        MongoDatabase database = store.database();
        MongoCollection<Document> events = database.getCollection("events");
        String server = store.embeddedConnectionString();
        // The application's wiring writes the store that the replays read afterwards; the others their own.
        Map<Wiring, CommandSide> sides = new EnumMap<>(Wiring.class);
        for (Wiring wiring : Wiring.values()) {
            String name = wiring == Wiring.APPLICATION ? database.getName()
                    : database.getName() + "-" + wiring.name().toLowerCase(Locale.ROOT);
            sides.put(wiring, new CommandSide(server, name, serializer, wiring, gapTimeout));
        }
        CommandSide plain = sides.get(Wiring.APPLICATION);
        try {
            for (CommandSide side : sides.values()) {
                Parallel.run(THREADS, COUNTERS, (thread, index) ->
                        side.send(new OpenCounter(counterId(index), "counter " + index), CAUSE));
                Parallel.run(THREADS, COMMAND_WARM_UP, (thread, index) ->
                        side.send(new RecordTick(counterId(index), NOTE), CAUSE));
            }
            List<Measurement> rawRounds = new ArrayList<>();
            Map<Wiring, List<Measurement>> commandRounds = new EnumMap<>(Wiring.class);
            Map<Wiring, Map<String, Long>> requestsBefore = new EnumMap<>(Wiring.class);
            ThreadCpu rawCpu = new ThreadCpu();
            Map<Wiring, ThreadCpu> commandCpu = new EnumMap<>(Wiring.class);
            sides.forEach((wiring, side) -> {
                commandRounds.put(wiring, new ArrayList<>());
                requestsBefore.put(wiring, side.requests());
                commandCpu.put(wiring, new ThreadCpu());
            });
            for (int round = 0; round < ROUNDS; round++) {
                long offset = (long) round * RAW_PER_ROUND;
                Map<Long, ThreadCpu.Sample> before = ThreadCpu.sample();
                long nanos = Parallel.run(THREADS, RAW_PER_ROUND, (thread, index) ->
                        commits.insertOne(copy(sample, offset + index)), rawCpu.senders());
                rawCpu.add(before, ThreadCpu.sample());
                rawRounds.add(new Measurement("raw insertOne, 4 threads", RAW_PER_ROUND, Duration.ofNanos(nanos)));
                for (Wiring wiring : Wiring.values()) {
                    commandRounds.get(wiring).add(commandRound(sides.get(wiring), round, wiring,
                            commandCpu.get(wiring)));
                }
            }
            commits.drop();
            Measurement rawInsert = best(rawRounds);
            row(backend, rawInsert, "%d-byte commit documents, the engine's 3 unique indexes".formatted(sampleBytes),
                    null, null);
            for (Wiring wiring : Wiring.values()) {
                row(backend, best(commandRounds.get(wiring)), "sendAndWait, 1 event each, over %d aggregates, "
                        .formatted(COUNTERS) + "tail processor running; " + wiring.description(), rawInsert,
                        wiring == Wiring.APPLICATION ? 0.30 : null);
            }
            notes.add("%s: best of %d alternating rounds; all rounds (events/s): raw %s".formatted(backend, ROUNDS,
                    rates(rawRounds)));
            notes.add("%s: CPU per operation by thread, all rounds: raw insertOne: %s; commands as the application: %s"
                    .formatted(backend, rawCpu.perOperation((long) ROUNDS * RAW_PER_ROUND),
                            commandCpu.get(Wiring.APPLICATION).perOperation((long) ROUNDS * COMMANDS_PER_ROUND)));
            for (Wiring wiring : Wiring.values()) {
                List<Measurement> rounds = commandRounds.get(wiring);
                notes.add("%s: commands, %s: rounds %s events/s; / raw insertOne round by round: %s".formatted(
                        backend, wiring.description(), rates(rounds), ratios(rounds, rawRounds)));
                notes.add("%s: requests per command, %s (client-side count, tail included): %s".formatted(backend,
                        wiring.description(), RequestCounter.perUnit(requestsBefore.get(wiring),
                                sides.get(wiring).requests(), (long) ROUNDS * COMMANDS_PER_ROUND)));
            }

            long lag = awaitCount(plain::tailSeen, SMALL_STORE, "the tail processor");
            notes.add("%s: the tail processor (%s, as the application sets it up) saw the last event %,d ms "
                    .formatted(backend, Setup.APPLICATION, lag) + "after the last command was acknowledged; "
                    + "%d global numbers had been claimed as empty (gap timeout %d ms)"
                    .formatted(claims(events), plain.engine().gapTimeout().toMillis()));
            for (Wiring wiring : Wiring.values()) {
                if (wiring != Wiring.APPLICATION) {
                    sides.remove(wiring).close();
                }
            }
            // From here on only replays run; a live tail would compete with them for the two cores.
            plain.stopTail();

            StreamableMessageSource<TrackedEventMessage<?>> source = plain.axon().eventStore();
            TokenStore tokens = plain.tokens();
            for (int round = 1; round <= WARM_UP_READS; round++) {
                replay(source, tokens, SMALL_STORE, "warm-up-10k-" + round, Setup.TUNED);
                rawScan(events);
            }
            Reads small = reads(source, tokens, events, SMALL_STORE, "count-10k", SMALL_READ_ROUNDS);
            Measurement replaySmall = best(small.replays());
            Measurement scanSmall = best(small.scans());
            Measurement replayApplication = replay(source, tokens, SMALL_STORE, "count-10k-application",
                    Setup.APPLICATION);
            Measurement replayDefaults = replay(source, tokens, SMALL_STORE, "count-10k-defaults",
                    Setup.AXON_DEFAULTS);

            long missionEvents = LARGE_STORE - SMALL_STORE;
            Measurement append = appendMissions(plain.engine(), missionEvents);
            notes.add("%s: %d global numbers claimed as empty after the appends".formatted(backend, claims(events)));

            Reads large = reads(source, tokens, events, LARGE_STORE, "count-100k", LARGE_READ_ROUNDS);
            Measurement replayLarge = best(large.replays());
            Measurement scanLarge = best(large.scans());
            Measurement agenda = replay(source, tokens, LARGE_STORE, "agenda-100k", Setup.TUNED,
                    new AgendaProjection(database, SimpleQueryUpdateEmitter.builder().build()));

            notes.add("%s: counting replay / raw scan round by round: at 10k %s; at 100k %s".formatted(backend,
                    ratios(small.replays(), small.scans()), ratios(large.replays(), large.scans())));
            row(backend, append, "engine.appendEvents, 1 event per commit, no command handling; grows the store "
                    + "to 100k with mission events", rawInsert, null);
            String counting = ", handler only counts, best of %d";
            String scanSetup = "find() over the events collection, batches of " + SCAN_BATCH + ", best of %d";
            row(backend, scanSmall, scanSetup.formatted(SMALL_READ_ROUNDS), null, null);
            row(backend, replaySmall, Setup.TUNED + counting.formatted(SMALL_READ_ROUNDS), scanSmall, 0.50);
            row(backend, replayApplication.renamed("counting replay at 10k, the application's processor setup"),
                    Setup.APPLICATION + ", handler only counts", scanSmall, null);
            row(backend, replayDefaults.renamed("counting replay at 10k, Axon's default processor setup"),
                    Setup.AXON_DEFAULTS + ", handler only counts", scanSmall, null);
            row(backend, scanLarge, scanSetup.formatted(LARGE_READ_ROUNDS), null, null);
            row(backend, replayLarge, Setup.TUNED + counting.formatted(LARGE_READ_ROUNDS), scanLarge, 0.50);
            row(backend, agenda.renamed("agenda projection replay at 100k"), Setup.TUNED
                    + ", AgendaProjection upserts %,d mission events, skips %,d ticks".formatted(missionEvents,
                            SMALL_STORE), replayLarge, null);
            rows.add(new Row(backend, "replay at 100k / replay at 10k", "", "",
                    percent(replayLarge.ratioTo(replaySmall)), "≥ 90 %",
                    verdict(replayLarge.ratioTo(replaySmall), 0.90), "must not fall as the store grows "
                            + "(10 % allowed for noise)"));
        } finally {
            sides.values().forEach(CommandSide::close);
        }
    }

    private static Measurement commandRound(CommandSide side, int round, Wiring wiring, ThreadCpu cpu) {
        String name = switch (wiring) {
            case APPLICATION -> "commands via CommandGateway, 4 threads";
            case NO_CACHE -> "commands, no aggregate cache, 4 threads";
            case EARLIER -> "commands, earlier wiring, 4 threads";
        };
        long offset = (long) round * COMMANDS_PER_ROUND;
        // The prime stride spreads the commands over all counters while each thread keeps to counters of its own.
        Map<Long, ThreadCpu.Sample> before = ThreadCpu.sample();
        long nanos = Parallel.run(THREADS, COMMANDS_PER_ROUND, (thread, index) ->
                side.send(new RecordTick(counterId((offset + index) * 7919), NOTE), CAUSE), cpu.senders());
        cpu.add(before, ThreadCpu.sample());
        return new Measurement(name, COMMANDS_PER_ROUND, Duration.ofNanos(nanos));
    }

    /** Replays and raw scans of the same store, alternating, so that a burst of outside load hits both alike. */
    private Reads reads(StreamableMessageSource<TrackedEventMessage<?>> source, TokenStore tokens,
            MongoCollection<Document> events, long expected, String name, int rounds) throws Exception {
        Reads reads = new Reads(new ArrayList<>(), new ArrayList<>());
        for (int round = 1; round <= rounds; round++) {
            // A collection between reads, so that neither side pays for garbage the other left.
            System.gc();
            reads.replays().add(replay(source, tokens, expected, name + "-" + round, Setup.TUNED));
            System.gc();
            reads.scans().add(rawScan(events));
        }
        return reads;
    }

    private record Reads(List<Measurement> replays, List<Measurement> scans) {
    }

    private static Measurement best(List<Measurement> rounds) {
        return rounds.stream().max(Comparator.comparingDouble(Measurement::perSecond)).orElseThrow();
    }

    /**
     * The ratio of each round to the baseline measured beside it, and their median: less sensitive than the ratio
     * of two best rounds to load that changes over the run, since short rounds catch quiet moments more easily.
     */
    private static String ratios(List<Measurement> rounds, List<Measurement> baselines) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < rounds.size(); i++) {
            ratios.add(rounds.get(i).ratioTo(baselines.get(i)));
        }
        List<Double> sorted = ratios.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return String.join(", ", ratios.stream().map(EventStoreBenchmark::percent).toList()) + " (median "
                + percent(median) + ")";
    }

    private static String rates(List<Measurement> rounds) {
        return String.join(", ", rounds.stream().map(m -> "%,.0f".formatted(m.perSecond())).toList());
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

    private static String counterId(long index) {
        return "counter-" + (index % COUNTERS);
    }

    /**
     * A processor that has never run replays the whole store from the tail token. A counting handler goes last, so
     * that when it has seen every event, so have the handlers before it.
     */
    private Measurement replay(StreamableMessageSource<TrackedEventMessage<?>> source, TokenStore tokens,
            long expected, String name, Setup setup, Object... handlers)
            throws InterruptedException, ExecutionException, TimeoutException {
        CountingHandler counter = new CountingHandler();
        List<Object> invoked = new ArrayList<>(List.of(handlers));
        invoked.add(counter);
        ScheduledExecutorService coordinator = Executors.newSingleThreadScheduledExecutor();
        ScheduledExecutorService workers = Executors.newScheduledThreadPool(Math.min(setup.segments(), THREADS));
        PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
                .name("bench-replay-" + name)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(invoked).build())
                .messageSource(source)
                .tokenStore(tokens)
                .transactionManager(NoTransactionManager.INSTANCE)
                .coordinatorExecutor(coordinator)
                .workerExecutor(workers)
                .initialSegmentCount(setup.segments())
                .batchSize(setup.batchSize())
                .initialToken(StreamableMessageSource::createTailToken)
                .build();
        try {
            long start = System.nanoTime();
            processor.start();
            awaitCount(counter::seen, expected, "processor " + name);
            // The rate is taken from the first event on: claiming a segment and opening the stream take a fixed
            // time that would otherwise weigh ten times more on the small store than on the large one.
            Measurement measured = Measurement.since("counting replay at " + label(expected), counter.seen(),
                    counter.firstSeenNanos());
            log.info("{}: first event after {} ms, then {} events in {} ms", processor.getName(),
                    TimeUnit.NANOSECONDS.toMillis(counter.firstSeenNanos() - start), counter.seen(),
                    measured.elapsed().toMillis());
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
     * Grows the store with mission events, straight through the engine with one event per commit as commands
     * write them, but without command handling. Each thread plans missions of its own and schedules their
     * engagements.
     */
    private Measurement appendMissions(MongoEventStorageEngine engine, long count) {
        long nanos = Parallel.run(THREADS, count, (thread, index) -> {
            long local = index / THREADS;
            long mission = local / MissionEvents.EVENTS_PER_MISSION * THREADS + thread;
            engine.appendEvents(MissionEvents.event(mission, local % MissionEvents.EVENTS_PER_MISSION,
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
        report.info("Ponte event-store benchmark, {}, {} cores, Java {}, load average {} at the start, {} at the end",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
                Runtime.version().feature(), loadAtStart, loadAverage());
        report.info("| backend | measurement | events | events/s | ratio | target | met | setup |");
        report.info("|---|---|---:|---:|---|---|---|---|");
        for (Row row : rows) {
            report.info("| {} | {} | {} | {} | {} | {} | {} | {} |", row.backend(), row.measurement(), row.events(),
                    row.rate(), row.ratio(), row.target(), row.verdict(), row.setup());
        }
        report.info("");
        notes.forEach(note -> report.info("- {}", note));
    }

    /** The machine is shared, so the load from other processes is part of every figure. */
    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
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
