package app.ponte.api;

import app.ponte.followup.AssignFollowUp;
import app.ponte.followup.FollowUpId;
import app.ponte.followup.FollowUpOrigin;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.LogOutcome;
import app.ponte.mission.MarkEngagementHeld;
import app.ponte.mission.MissionId;
import app.ponte.mission.OutcomeKind;
import app.ponte.mission.PlanMission;
import app.ponte.mission.RescheduleEngagement;
import app.ponte.mission.ScheduleEngagement;
import app.ponte.opportunity.OpenOpportunity;
import app.ponte.opportunity.OpportunityId;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationType;
import app.ponte.organization.RegisterOrganization;
import app.ponte.security.ApiTokens;
import app.ponte.security.Role;
import app.ponte.security.UserDirectory;
import app.ponte.shared.CountryCode;
import app.ponte.shared.OutcomeId;
import app.ponte.store.MongoStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;

/**
 * Not a test: starts the application on the embedded file store (a fresh temporary data folder, a free port),
 * issues an administrator's token and sends a realistic mix of commands through the REST API with 1, 4 and 16
 * clients, alternating with rounds of the same commands through the {@link CommandGateway} in the same JVM on the
 * same store. Prints commands/s, p50/p99 per command and the API's rate as a share of the gateway's; then grows the
 * store to {@code -Dbench.events} events (10,000 by default) and prints the store file's bytes per stored event.
 * BENCHMARKS.md says how to run it.
 */
public final class StoreBenchmark {

    private static final int[] CLIENTS = {1, 4, 16};

    private final PonteServer server;
    private final CommandGateway gateway;
    private final ObjectMapper json;
    private final ApiClient api;
    private final MongoDatabase database;
    private final Path storeFile;
    private final MongoStore store;

    private StoreBenchmark(PonteServer server) {
        this.server = server;
        this.gateway = server.bean(CommandGateway.class);
        this.json = server.bean(ObjectMapper.class);
        this.database = server.bean(MongoDatabase.class);
        this.store = server.bean(MongoStore.class);
        var admin = server.bean(UserDirectory.class).byUsername(PonteServer.ADMIN).orElseThrow();
        String secret = server.bean(ApiTokens.class).issue(admin.userId(), "store benchmark", Role.ADMINISTRATOR,
                Set.of()).secret();
        this.api = new ApiClient(server.port, secret);
        this.storeFile = Path.of(server.context.getEnvironment().getProperty("ponte.data-dir")).resolve("ponte.mv");
    }

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("bench.events", 10_000);
        int seconds = Integer.getInteger("bench.seconds", 8);
        int rounds = Integer.getInteger("bench.rounds", 2);
        System.out.printf(Locale.ROOT, "Store benchmark: %d cores, load average %.1f, %d s rounds, %d rounds%n",
                Runtime.getRuntime().availableProcessors(), loadAverage(), seconds, rounds);
        var bench = new StoreBenchmark(PonteServer.get());
        long stored;
        try {
            stored = bench.run(events, seconds, rounds);
        } finally {
            bench.server.context.close();
        }
        // Closed, then opened again as at the next start (which compacts the file), with no application on it.
        long closed = Files.size(bench.storeFile);
        MongoStore.open("", bench.storeFile.getParent(), "ponte").close();
        long reopened = Files.size(bench.storeFile);
        System.out.printf(Locale.ROOT, "Store file once closed: %,d bytes, %,.0f bytes per event; opened again: %,d "
                + "bytes, %,.0f bytes per event%n", closed, (double) closed / stored, reopened,
                (double) reopened / stored);
        System.exit(0);
    }

    /** Which way the commands go. */
    private interface Sender {
        void send(Object command);
    }

    private long run(int events, int seconds, int rounds) throws Exception {
        Sender viaGateway = gateway::sendAndWait;
        Sender viaApi = command -> {
            String body;
            try {
                body = json.writeValueAsString(command);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            var response = api.post("/api/v1/commands/" + ApiCommands.pathName(command.getClass()), body);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(command.getClass().getSimpleName() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
        };
        // Warm-up: both paths, 4 clients, not counted.
        round(viaGateway, 4, Math.max(2, seconds / 2));
        round(viaApi, 4, Math.max(2, seconds / 2));

        List<String> table = new ArrayList<>();
        table.add("| clients | API commands/s | p50 | p99 | gateway commands/s | p50 | p99 | API / gateway |");
        table.add("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int clients : CLIENTS) {
            Result bestApi = null;
            Result bestGateway = null;
            List<String> ratios = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                Result a = round(viaApi, clients, seconds);
                Result g = round(viaGateway, clients, seconds);
                System.out.printf(Locale.ROOT, "  %2d clients, round %d: API %s; gateway %s; API / gateway %.0f %%%n",
                        clients, r + 1, a, g, 100 * a.rate() / g.rate());
                ratios.add(String.format(Locale.ROOT, "%.0f %%", 100 * a.rate() / g.rate()));
                bestApi = bestApi == null || a.rate() > bestApi.rate() ? a : bestApi;
                bestGateway = bestGateway == null || g.rate() > bestGateway.rate() ? g : bestGateway;
            }
            table.add(String.format(Locale.ROOT, "| %d | %,.0f | %.1f ms | %.1f ms | %,.0f | %.1f ms | %.1f ms | "
                    + "**%.0f %%** (rounds: %s) |", clients, bestApi.rate(), bestApi.p50(), bestApi.p99(),
                    bestGateway.rate(), bestGateway.p50(), bestGateway.p99(), 100 * bestApi.rate() / bestGateway.rate(),
                    String.join(", ", ratios)));
        }
        System.out.println();
        System.out.println("Best rounds, same run, same store (embedded file store), load average now "
                + String.format(Locale.ROOT, "%.1f", loadAverage()) + ":");
        table.forEach(System.out::println);
        System.out.println();

        long stored = storedEvents();
        long start = System.nanoTime();
        while (stored < events) {
            int batch = (int) Math.min(20_000, events - stored);
            fill(batch);
            stored = storedEvents();
            System.out.printf(Locale.ROOT, "  %,d events stored (%.0f s)%n", stored, (System.nanoTime() - start) / 1e9);
        }
        settle();
        stored = storedEvents();
        long bytes = Files.size(storeFile);
        System.out.printf(Locale.ROOT, "Store file after %,d events (read models and tokens included): %,d bytes, "
                + "%,.0f bytes per event%n", stored, bytes, (double) bytes / stored);
        return stored;
    }

    /** Sends at least {@code commands} more commands through the gateway with 4 clients. */
    private void fill(int commands) throws InterruptedException {
        AtomicInteger left = new AtomicInteger(commands);
        Thread[] threads = new Thread[4];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> {
                Workload work = new Workload();
                while (left.getAndDecrement() > 0) {
                    work.next(gateway::sendAndWait);
                }
            });
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** Waits until the processors have caught up: the file stops growing for three seconds (two minutes at most). */
    private void settle() throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        long last = -1;
        int still = 0;
        while (still < 3 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            long size = Files.size(storeFile);
            still = size == last ? still + 1 : 0;
            last = size;
        }
    }

    private long storedEvents() {
        long count = 0;
        for (Document commit : database.getCollection("events").find()
                .projection(Projections.include("g", "events.id"))) {
            if (commit.containsKey("events")) {
                count += commit.getList("g", Number.class).size();
            }
        }
        return count;
    }

    record Result(int commands, double seconds, double p50, double p99, double writes, double commits) {
        double rate() {
            return commands / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d in %.1f s = %,.0f/s, p50 %.1f ms, p99 %.1f ms, %.1f writes and "
                    + "%.1f commits per command", commands, seconds, rate(), p50, p99, writes, commits);
        }
    }

    /** {@code clients} threads send commands for {@code seconds}; each command's latency is kept. */
    private Result round(Sender sender, int clients, int seconds) throws InterruptedException {
        List<long[]> latencies = new ArrayList<>();
        AtomicInteger[] counts = new AtomicInteger[clients];
        CountDownLatch started = new CountDownLatch(1);
        AtomicLong stopAt = new AtomicLong();
        Thread[] threads = new Thread[clients];
        AtomicReferenceError failure = new AtomicReferenceError();
        for (int i = 0; i < clients; i++) {
            long[] mine = new long[200_000];
            latencies.add(mine);
            AtomicInteger count = new AtomicInteger();
            counts[i] = count;
            threads[i] = new Thread(() -> {
                Workload work = new Workload();
                try {
                    started.await();
                    while (System.nanoTime() < stopAt.get() && count.get() < mine.length) {
                        long t0 = System.nanoTime();
                        work.next(sender::send);
                        mine[count.getAndIncrement()] = System.nanoTime() - t0;
                    }
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            threads[i].start();
        }
        var before = store.writeCounts();
        long t0 = System.nanoTime();
        stopAt.set(t0 + seconds * 1_000_000_000L);
        started.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        var after = store.writeCounts();
        failure.rethrow();
        int total = Arrays.stream(counts).mapToInt(AtomicInteger::get).sum();
        long[] all = new long[total];
        int at = 0;
        for (int i = 0; i < clients; i++) {
            System.arraycopy(latencies.get(i), 0, all, at, counts[i].get());
            at += counts[i].get();
        }
        Arrays.sort(all);
        // The read side writes behind the commands, so a round's counts include some of the round before's.
        return new Result(total, elapsed, percentile(all, 0.50), percentile(all, 0.99),
                (double) (after.writes() - before.writes()) / Math.max(1, total),
                (double) (after.commits() - before.commits()) / Math.max(1, total));
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, p * sorted.length)] / 1e6;
    }

    /** The first failure of a round's clients. */
    private static final class AtomicReferenceError {
        private volatile Throwable error;

        void set(Throwable e) {
            if (error == null) {
                error = e;
            }
        }

        void rethrow() {
            if (error != null) {
                throw new IllegalStateException("A client failed", error);
            }
        }
    }

    /**
     * What one office worker's day on a mission looks like, as commands: an organization met, the mission planned,
     * two meetings scheduled, one moved, one held with its outcome, a follow-up and an opportunity from it. Each
     * client works on its own new records, so clients do not conflict on aggregates.
     */
    private static final class Workload {
        private final List<Object> queue = new ArrayList<>();

        void next(Consumer<Object> send) {
            if (queue.isEmpty()) {
                plan();
            }
            send.accept(queue.remove(0));
        }

        private void plan() {
            var program = World.first.program();
            var organization = OrganizationId.random();
            var mission = MissionId.random();
            var held = EngagementId.random();
            var moved = EngagementId.random();
            var outcome = OutcomeId.random();
            var day = World.DAY;
            Stream.of(
                    new RegisterOrganization(organization, "Shanghai Jiao Tong University", "上海交通大学",
                            OrganizationType.UNIVERSITY, new CountryCode("CN"), "Shanghai", "https://sjtu.edu.cn"),
                    new PlanMission(mission, program, "Innovation week in Shanghai", "Shanghai", "CN",
                            ZoneId.of("Asia/Shanghai"), day, day.plusDays(2)),
                    new ScheduleEngagement(mission, held, EngagementKind.MEETING, "Meeting with the tech transfer office",
                            "Minhang campus", LocalDateTime.of(day, LocalTime.of(9, 30)),
                            LocalDateTime.of(day, LocalTime.of(10, 30)), List.of(organization),
                            List.of("life sciences", "robotics")),
                    new ScheduleEngagement(mission, moved, EngagementKind.MEETING, "Lunch with the consulate",
                            "Consulate general", LocalDateTime.of(day, LocalTime.of(12, 0)),
                            LocalDateTime.of(day, LocalTime.of(13, 30)), List.of(), List.of("agrifood")),
                    new RescheduleEngagement(mission, moved, LocalDateTime.of(day.plusDays(1), LocalTime.of(12, 30)),
                            LocalDateTime.of(day.plusDays(1), LocalTime.of(14, 0))),
                    new MarkEngagementHeld(mission, held, "Agreed to exchange two researchers next spring"),
                    new LogOutcome(mission, held, outcome, OutcomeKind.COLLABORATION_OPPORTUNITY,
                            "Joint lab on medical robotics", List.of(organization), List.of("robotics"), null),
                    new AssignFollowUp(FollowUpId.random(), program, mission, new FollowUpOrigin(outcome, null),
                            "user-program_officer", day.plusDays(30), "Send the draft agreement"),
                    new OpenOpportunity(OpportunityId.random(), outcome, mission, program, "Joint robotics lab",
                            "Two researchers a year, shared equipment"))
                    .forEach(queue::add);
        }
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
