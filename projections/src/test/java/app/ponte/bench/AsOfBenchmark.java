package app.ponte.bench;

import app.ponte.agenda.AgendaProjection;
import app.ponte.agenda.GetMissionAgenda;
import app.ponte.agenda.ListMissions;
import app.ponte.audit.AsOf;
import app.ponte.audit.HistoricalViews;
import app.ponte.audit.ShowAgendaAsOf;
import app.ponte.audit.ShowProgramDashboardAsOf;
import app.ponte.dashboard.DashboardCheckpoints;
import app.ponte.dashboard.GetProgramDashboard;
import app.ponte.dashboard.GetProgramDashboardAsHappened;
import app.ponte.dashboard.ProgramDashboardProjection;
import app.ponte.store.MongoEventStorageEngine;
import app.ponte.store.MongoStore;
import app.ponte.store.PonteSerializer;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "As of" on its two axes against the live queries, in the same run and on the same record (AuditBenchmark's: 20
 * programs, missions of 100 engagements, timestamps over 2017–2019), at each size given (default 10000 and 100000
 * events): a program's dashboard now (the live read model's class over MongoDB, every event folded in), as happened
 * by 31 December 2018 (the same read model), and as recorded at that moment (from the nearest checkpoint); one
 * mission's agenda now (the live read model), as recorded from the mission's own stream (the API's way), and as
 * recorded by scanning the global stream (the way before). Target: each past view under 500 ms.
 */
public final class AsOfBenchmark {

    private static final Logger report = LoggerFactory.getLogger("app.ponte.bench.report");
    private static final Instant AS_OF = Instant.parse("2018-12-31T23:59:59Z");
    private static final LocalDate HAPPENED_BY = LocalDate.of(2018, 12, 31);
    private static final int ROUNDS = 5;

    private AsOfBenchmark() {
    }

    public static void main(String[] args) {
        var sizes = args.length == 0 ? List.of(10_000, 100_000)
                : java.util.Arrays.stream(args).map(Integer::valueOf).toList();
        for (int size : sizes) {
            run(size);
        }
    }

    private static void run(int target) {
        try (MongoStore store = MongoStore.inMemory("as-of-bench"); MongoStore live = MongoStore.inMemory("live")) {
            var engine = MongoEventStorageEngine.builder().database(store.database())
                    .eventSerializer(PonteSerializer.jackson()).snapshotSerializer(PonteSerializer.jackson()).build();
            int written = AuditBenchmark.write(engine, target);
            var asOf = new AsOf(engine);
            long started = System.nanoTime();
            var agenda = new AgendaProjection(live.database(), SimpleQueryUpdateEmitter.builder().build());
            var dashboard = new ProgramDashboardProjection(live.database(), null, Clock.systemUTC());
            asOf.fold(null, Instant.MAX, agenda, event -> true);
            asOf.fold(null, Instant.MAX, dashboard, event -> true);
            long liveMillis = millisSince(started);
            var checkpoints = new DashboardCheckpoints(store.database(), engine, 10_000);
            started = System.nanoTime();
            checkpoints.extend();
            report.info("As-of benchmark at {} events: live read models built in {} ms, checkpoints in {} ms "
                    + "(load average {})", written, liveMillis, millisSince(started), load());

            var program = AuditBenchmark.firstProgram(engine);
            var mission = AuditBenchmark.firstMission(engine);
            var views = new HistoricalViews(asOf, checkpoints);
            String missionId = mission.toString();
            Map<String, Supplier<Object>> measured = new LinkedHashMap<>();
            measured.put("dashboard now (live)", () -> dashboard.handle(new GetProgramDashboard(program)));
            measured.put("dashboard as happened by " + HAPPENED_BY,
                    () -> dashboard.handle(new GetProgramDashboardAsHappened(program, HAPPENED_BY)));
            measured.put("dashboard as recorded at " + AS_OF + " (nearest checkpoint)",
                    () -> views.handle(new ShowProgramDashboardAsOf(program, AS_OF)));
            measured.put("mission agenda now (live)", () -> agenda.handle(new GetMissionAgenda(mission)));
            measured.put("mission agenda as happened by " + HAPPENED_BY, () -> agenda
                    .handle(new GetMissionAgenda(mission)).engagements().stream()
                    .filter(e -> !e.venueStart().toLocalDate().isAfter(HAPPENED_BY)).toList());
            measured.put("mission agenda as recorded at " + AS_OF + " (its own stream)",
                    () -> views.handle(new ShowAgendaAsOf(AS_OF, mission)));
            measured.put("mission agenda as recorded at " + AS_OF + " (global scan, before)", () -> {
                try (var replay = asOf.replay(AS_OF, database -> new AgendaProjection(database,
                        SimpleQueryUpdateEmitter.builder().build()), event -> event instanceof DomainEventMessage<?> d
                                && missionId.equals(d.getAggregateIdentifier()))) {
                    return replay.projection().handle(new ListMissions());
                }
            });
            Map<String, List<Long>> times = new LinkedHashMap<>();
            measured.keySet().forEach(name -> times.put(name, new ArrayList<>()));
            // Alternated round by round, so that every measurement sees the same load on the shared machine.
            for (int round = 0; round <= ROUNDS; round++) {
                for (var entry : measured.entrySet()) {
                    started = System.nanoTime();
                    entry.getValue().get();
                    if (round > 0) {
                        times.get(entry.getKey()).add(millisSince(started));
                    }
                }
            }
            long liveDashboard = median(times.get("dashboard now (live)"));
            long liveAgenda = median(times.get("mission agenda now (live)"));
            times.forEach((name, list) -> {
                long base = name.startsWith("dashboard") ? liveDashboard : liveAgenda;
                report.info("{} events | {} | median {} ms, best {} ms, rounds {} | {}x the live query", written,
                        name, median(list), list.stream().min(Long::compare).orElseThrow(), list,
                        base == 0 ? "n/a" : String.format("%.1f", (double) median(list) / base));
            });
            report.info("Load average after the {}-event run: {}", written, load());
        }
    }

    private static long median(List<Long> values) {
        var sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static String load() {
        return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
