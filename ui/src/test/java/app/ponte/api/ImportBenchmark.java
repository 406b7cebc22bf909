package app.ponte.api;

import app.ponte.directory.OrganizationCard;
import app.ponte.imports.ColumnMapping;
import app.ponte.imports.ImportChoices;
import app.ponte.imports.ImportKind;
import app.ponte.imports.ImportOptions;
import app.ponte.imports.ImportPlanner;
import app.ponte.imports.ImportService;
import app.ponte.imports.Names;
import app.ponte.imports.Table;
import app.ponte.imports.TableReader;
import app.ponte.organization.OrganizationId;
import app.ponte.security.Role;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Import figures, printed (a main class, not a test): duplicate detection of {@code bench.rows} organization rows
 * (10,000) against directories of half and all of {@code bench.directory} organizations (10,000), with the ratio
 * of the two times (2 for linear, 4 for quadratic), and a quadratic baseline (every row scored against every
 * record) on a sample; then, on a running server, the preview and the import of {@code bench.rows} rows through
 * the service, as an officer: first {@code bench.baselineRows} rows (2,000) one at a time, the baseline, then
 * {@code bench.rows} rows through the configured lanes, with the ratio of the two rates.
 */
public final class ImportBenchmark {

    private static final String[] WORDS = {"alpha", "nova", "tecno", "bio", "medica", "sino", "itala", "pharma",
            "ricerca", "logistica", "energia", "agri", "food", "robot", "data", "quantum", "verde", "mare", "terra",
            "luce"};
    private static final String[] KINDS = {"University", "Institute", "Group", "Company", "Hospital", "Center"};

    private ImportBenchmark() {
    }

    public static void main(String[] args) {
        int rows = Integer.getInteger("bench.rows", 10_000);
        int directorySize = Integer.getInteger("bench.directory", 10_000);
        var random = new Random(17);
        List<OrganizationCard> directory = new ArrayList<>();
        for (int i = 0; i < directorySize; i++) {
            String name = name(random, i);
            directory.add(new OrganizationCard(OrganizationId.random(), name, null, "COMPANY", i % 2 == 0 ? "IT" : "CN",
                    "Torino", i % 3 == 0 ? "https://www." + name.toLowerCase(Locale.ROOT).replace(' ', '-') + ".it"
                            : null, "ACTIVE"));
        }
        var file = csv(random, rows, directory);
        Table table = TableReader.read("bench.csv", file.getBytes(StandardCharsets.UTF_8));
        var mapping = ColumnMapping.guess(ImportKind.ORGANIZATIONS, table.headers());

        // Warm up, then half and the whole directory.
        ImportPlanner.plan(table, mapping, ImportOptions.NONE, directory.subList(0, directorySize / 10), List.of());
        long half = time(() -> ImportPlanner.plan(table, mapping, ImportOptions.NONE,
                directory.subList(0, directorySize / 2), List.of()));
        long whole = time(() -> ImportPlanner.plan(table, mapping, ImportOptions.NONE, directory, List.of()));
        var plan = ImportPlanner.plan(table, mapping, ImportOptions.NONE, directory, List.of());
        System.out.println("pairs scored over the four plans: " + app.ponte.imports.Probe.n());
        System.out.printf("duplicate detection, %d rows: directory of %d %d ms, of %d %d ms, ratio %.2f "
                + "(linear 2, quadratic 4); verdicts %s%n", rows, directorySize / 2, half, directorySize, whole,
                (double) whole / half, plan.counts());

        int sample = Math.min(50, rows);
        var tokens = directory.stream().map(card -> Names.tokens(card.name())).toList();
        long pairwise = time(() -> {
            double sink = 0;
            for (int r = 0; r < sample; r++) {
                var row = Names.tokens(table.rows().get(r).cell(0));
                for (var other : tokens) {
                    sink += Names.similarity(row, other);
                }
            }
            if (sink < 0) {
                throw new IllegalStateException();
            }
        });
        long estimated = pairwise * rows / sample;
        System.out.printf("quadratic baseline (every row against every record): %d rows in %d ms, so about %d ms "
                + "for %d rows: %.1f times the indexed detection%n", sample, pairwise, estimated, rows,
                (double) estimated / whole);

        if (Boolean.parseBoolean(System.getProperty("bench.server", "true"))) {
            var server = PonteServer.get();
            ProgramScopingTest.signInToTheUi(Role.PROGRAM_OFFICER);
            var service = server.bean(ImportService.class);
            // The baseline, in the same run: the same service sending one row at a time, as before the lanes.
            int baselineRows = Integer.getInteger("bench.baselineRows", 2_000);
            var oneAtATime = new ImportService(server.bean(org.axonframework.commandhandling.gateway.CommandGateway
                    .class), server.bean(org.axonframework.queryhandling.QueryGateway.class),
                    server.bean(app.ponte.security.CurrentCaller.class),
                    server.bean(app.ponte.imports.ImportReports.class), (id, correlation) -> false,
                    java.time.Clock.systemUTC(), 1);
            double baselineRate = 0;
            if (baselineRows > 0) {
                var baseline = oneAtATime.preview("baseline.csv", csv(new Random(19), baselineRows, List.of())
                        .getBytes(StandardCharsets.UTF_8), ImportKind.ORGANIZATIONS, java.util.Map.of(),
                        ImportOptions.NONE);
                long from = System.nanoTime();
                var baselineReport = oneAtATime.run(baseline, ImportChoices.DEFAULTS, done -> { });
                long took = System.nanoTime() - from;
                baselineRate = baselineRows / (took / 1e9);
                System.out.printf("baseline, one row at a time: %d rows %d ms (%.0f rows/s); %s; load %s%n",
                        baselineRows, took / 1_000_000, baselineRate, baselineReport.counts(), load());
            }
            byte[] bytes = csv(new Random(18), rows, List.of()).getBytes(StandardCharsets.UTF_8);
            long start = System.nanoTime();
            var preview = service.preview("bench.csv", bytes, ImportKind.ORGANIZATIONS, java.util.Map.of(),
                    ImportOptions.NONE);
            long previewed = System.nanoTime();
            var report = service.run(preview, ImportChoices.DEFAULTS, done -> { });
            long ran = System.nanoTime();
            double rate = rows / ((ran - previewed) / 1e9);
            System.out.printf("server: preview of %d rows %d ms, import %d ms (%.0f rows/s, %.2f times the "
                    + "baseline), end to end %d ms; %s; load %s%n", rows, (previewed - start) / 1_000_000,
                    (ran - previewed) / 1_000_000, rate, baselineRate == 0 ? 0 : rate / baselineRate,
                    (ran - start) / 1_000_000, report.counts(), load());
            System.exit(0);
        }
    }

    private static String name(Random random, int i) {
        return cap(WORDS[random.nextInt(WORDS.length)]) + cap(WORDS[random.nextInt(WORDS.length)]) + " "
                + syllables(random) + " " + KINDS[random.nextInt(KINDS.length)] + " " + i;
    }

    private static String syllables(Random random) {
        var out = new StringBuilder();
        for (int s = 0; s < 3; s++) {
            out.append("bcdfglmnprstvz".charAt(random.nextInt(14))).append("aeiou".charAt(random.nextInt(5)));
        }
        return cap(out.toString());
    }

    private static String cap(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Rows: a tenth repeat a directory name (misspelt), a tenth repeat an earlier row, the rest are new. */
    private static String csv(Random random, int rows, List<OrganizationCard> directory) {
        var out = new StringBuilder("Name;Country;City;Type;Website\n");
        List<String> earlier = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String name;
            if (!directory.isEmpty() && i % 10 == 0) {
                name = directory.get(random.nextInt(directory.size())).name().replace("a", "à");
            } else if (i % 10 == 5 && !earlier.isEmpty()) {
                name = earlier.get(random.nextInt(earlier.size())).toUpperCase(Locale.ROOT);
            } else {
                name = name(random, 1_000_000 + i);
                earlier.add(name);
            }
            out.append(name).append(";IT;Torino;Company;\n");
        }
        return out.toString();
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException | RuntimeException unknown) {
            return "unknown";
        }
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
