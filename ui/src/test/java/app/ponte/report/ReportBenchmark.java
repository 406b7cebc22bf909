package app.ponte.report;

import app.ponte.PonteApplication;
import app.ponte.dashboard.GetProgramResults;
import app.ponte.dashboard.ProgramResults;
import app.ponte.mission.MissionId;
import app.ponte.program.ProgramId;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: starts the application on an empty embedded store, enters through the real commands a mission of
 * {@code bench.engagements} engagements (default 50), a program of {@code bench.missions} missions (default 40) and
 * {@code bench.programs} programs (default 40), then prints p50/p99 over {@code bench.rounds} rounds (default 30) of
 * reading and writing each document, beside the read alone as the baseline measured in the same run. BENCHMARKS.md
 * says how to run it.
 */
public final class ReportBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ReportBenchmark.class);

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int engagements = Integer.getInteger("bench.engagements", 50);
        int missions = Integer.getInteger("bench.missions", 40);
        int programs = Integer.getInteger("bench.programs", 40);
        int rounds = Integer.getInteger("bench.rounds", 30);
        var dataDir = Files.createTempDirectory("ponte-report-bench");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(PonteApplication.class).run(
                "--server.port=0", "--ponte.mongodb.uri=", "--ponte.data-dir=" + dataDir,
                "--ponte.demo.enabled=false", "--ponte.admin.username=admin",
                "--ponte.admin.password=correct horse battery staple", "--vaadin.launch-browser=false");
        try {
            var commands = app.getBean(CommandGateway.class);
            QueryGateway queries = DefaultQueryGateway.builder().queryBus(app.getBean(QueryBus.class)).build();
            long started = System.nanoTime();
            var bigMission = ProgramSets.generate(commands, "bench-mission", 1, 1, engagements);
            var bigProgram = ProgramSets.generate(commands, "bench-program", 1, missions, 3);
            var many = ProgramSets.generate(commands, "bench-iati", programs, 1, 3);
            log.info("entered the data through commands in {} s", (System.nanoTime() - started) / 1_000_000_000);
            MissionId mission = bigMission.missions().get(0);
            ProgramId program = bigProgram.programs().get(0);
            awaitProjections(queries, bigProgram, missions, many);

            var missionService = app.getBean(MissionReportService.class);
            var programService = app.getBean(ProgramReportService.class);
            var iati = app.getBean(IatiService.class);
            Supplier<MissionRecord> missionRecord = () -> queries.query(new GetMissionRecord(mission),
                    ResponseTypes.optionalInstanceOf(MissionRecord.class)).join().orElseThrow();
            Supplier<ProgramReport> programReport = () -> new ProgramReport(
                    queries.query(GetProgramResults.whole(program), ResponseTypes.instanceOf(ProgramResults.class))
                            .join(), ProgramDocumentsTestSupport.profile(queries, program), Instant.now());
            Supplier<List<IatiActivity>> activities = () -> many.programs().stream()
                    .map(id -> ProgramDocumentsTestSupport.activity(queries, id)).toList();

            var rows = new ArrayList<String>();
            rows.addAll(pair(rounds, "mission record read (" + engagements + " engagements)",
                    () -> missionRecord.get().events(), "mission report PDF (read + write)",
                    () -> missionService.render(missionRecord.get(), ReportFormat.PDF, ReportLanguage.EN).bytes()));
            rows.addAll(pair(rounds, "mission record read (" + engagements + " engagements)",
                    () -> missionRecord.get().events(), "mission report DOCX (read + write)",
                    () -> missionService.render(missionRecord.get(), ReportFormat.DOCX, ReportLanguage.EN).bytes()));
            rows.addAll(pair(rounds, "program results + profile read (" + missions + " missions)",
                    () -> programReport.get().results(), "program report PDF (read + write)",
                    () -> programService.render(programReport.get(), ProgramReportFormat.PDF, ReportLanguage.EN)));
            rows.addAll(pair(rounds, "program results + profile read (" + missions + " missions)",
                    () -> programReport.get().results(), "program report XLSX (read + write)",
                    () -> programService.render(programReport.get(), ProgramReportFormat.XLSX, ReportLanguage.EN)));
            rows.addAll(pair(rounds, "IATI: results + profiles of " + programs + " programs read",
                    () -> activities.get().size(), "IATI: file of " + programs + " programs (read + write)",
                    () -> iati.write(activities.get()).length));
            log.info("report benchmark, {} rounds after 5 to warm up, load average {}:\n{}", rounds,
                    String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory
                            .getOperatingSystemMXBean().getSystemLoadAverage()),
                    String.join("\n", rows));
        } finally {
            app.close();
        }
    }

    private static void awaitProjections(QueryGateway queries, ProgramSets.Generated program, int missions,
            ProgramSets.Generated many) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofMinutes(5));
        var all = new ArrayList<>(many.programs());
        all.addAll(program.programs());
        for (ProgramId id : all) {
            int expected = id.equals(program.programs().get(0)) ? missions : 1;
            while (queries.query(GetProgramResults.whole(id), ResponseTypes.instanceOf(ProgramResults.class)).join()
                    .missions().size() < expected) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("The dashboard did not catch up within 5 minutes");
                }
                Thread.sleep(100);
            }
        }
    }

    /**
     * The baseline and the work in alternate rounds, so that the shared machine's load weighs on both alike; the
     * work's row ends with its p50 as a multiple of the baseline's.
     */
    private static List<String> pair(int rounds, String baseline, Supplier<?> base, String what, Supplier<?> work) {
        for (int i = 0; i < 5; i++) {
            base.get();
            work.get();
        }
        long[] baseNanos = new long[rounds];
        long[] workNanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            base.get();
            baseNanos[i] = System.nanoTime() - start;
            start = System.nanoTime();
            work.get();
            workNanos[i] = System.nanoTime() - start;
        }
        double baseP50 = percentile(baseNanos, 0.50);
        double workP50 = percentile(workNanos, 0.50);
        return List.of(
                String.format(Locale.ROOT, "| %s (baseline) | %.1f ms | %.1f ms | |", baseline, baseP50,
                        percentile(baseNanos, 0.99)),
                String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f× |", what, workP50,
                        percentile(workNanos, 0.99), workP50 / baseP50));
    }

    private static double percentile(long[] nanos, double share) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(share * (sorted.length - 1))] / 1e6;
    }
}
