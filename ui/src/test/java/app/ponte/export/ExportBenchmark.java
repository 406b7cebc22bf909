package app.ponte.export;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Not run by default (only with {@code -Dponte.bench=true}): writes {@code -Dponte.bench.rows} agenda-like rows
 * (10,000 by default; the target is stated for 100,000) as XLSX, and the same rows as CSV as the baseline measured in
 * the same run, three rounds each, alternating. The rows are generated as they are written, so what is measured is
 * the writer: wall time, and the heap's peak above what was in use before the round, sampled every 5 ms. Targets at
 * 100k rows: XLSX under 10 s and under 256 MB of heap. BENCHMARKS.md says how to run it.
 */
class ExportBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ExportBenchmark.class);
    private static final int ROUNDS = 3;

    record Row(int n, String title, String venue, LocalDateTime start, LocalDateTime end, String zone, String kind,
            String status, String themes, int counterparts, int participants, int outcomes, String id) {}

    private static Table<Row> table(int rows) {
        Iterable<Row> generated = () -> new Iterator<>() {
            private int n;

            @Override
            public boolean hasNext() {
                return n < rows;
            }

            @Override
            public Row next() {
                int i = n++;
                var start = LocalDateTime.of(2017, 5, 16, 9, 0).plusMinutes(30L * i);
                return new Row(i, "Meeting " + i + " with Fudan University (复旦大学) on chronic diseases",
                        "Fudan University, Handan Road " + (i % 400), start, start.plusHours(1), "Asia/Shanghai",
                        "Meeting", i % 7 == 0 ? "Cancelled" : "Held", "life sciences; prevention; patient-centric",
                        i % 5, i % 11, i % 3, new UUID(i, i * 31L).toString());
            }
        };
        return new Table<>("agenda", List.of(
                Column.number("#", Row::n),
                Column.dateTime("Start (venue time)", Row::start),
                Column.dateTime("End (venue time)", Row::end),
                Column.text("Time zone", Row::zone),
                Column.text("Kind", Row::kind),
                Column.text("Title", Row::title),
                Column.text("Venue", Row::venue),
                Column.text("Status", Row::status),
                Column.text("Themes", Row::themes),
                Column.number("Counterparts", Row::counterparts),
                Column.number("Participants", Row::participants),
                Column.number("Outcomes", Row::outcomes),
                Column.text("Id", Row::id)), generated);
    }

    /** Counts the bytes written and keeps none. */
    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    record Measure(double seconds, double cpuSeconds, long peakBytes, long fileBytes) {}

    private static Measure measure(ExportFormat format, int rows) throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        Thread.sleep(200);
        long before = memory.getHeapMemoryUsage().getUsed();
        var peak = new AtomicLong(before);
        var running = new AtomicBoolean(true);
        var sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        var out = new Counting();
        var threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long written = format.write(table(rows), out);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        running.set(false);
        sampler.join();
        if (written != rows) {
            throw new AssertionError("wrote " + written + " rows of " + rows);
        }
        return new Measure(seconds, cpuSeconds, Math.max(0, peak.get() - before), out.bytes);
    }

    @Test
    @EnabledIfSystemProperty(named = "ponte.bench", matches = "true")
    void xlsxAgainstCsvOfTheSameRows() throws InterruptedException {
        int rows = Integer.getInteger("ponte.bench.rows", 10_000);
        measure(ExportFormat.CSV, Math.min(rows, 2_000));
        measure(ExportFormat.XLSX, Math.min(rows, 2_000));
        Measure bestCsv = null;
        Measure bestXlsx = null;
        for (int round = 0; round < ROUNDS; round++) {
            var csv = measure(ExportFormat.CSV, rows);
            var xlsx = measure(ExportFormat.XLSX, rows);
            log.info(String.format(Locale.ROOT, "round %d: CSV %.2f s (CPU %.2f s), peak +%d MB; XLSX %.2f s (CPU %.2f s), "
                    + "peak +%d MB", round, csv.seconds(), csv.cpuSeconds(), csv.peakBytes() >> 20, xlsx.seconds(),
                    xlsx.cpuSeconds(), xlsx.peakBytes() >> 20));
            bestCsv = bestCsv == null || csv.seconds() < bestCsv.seconds() ? csv : bestCsv;
            bestXlsx = bestXlsx == null || xlsx.seconds() < bestXlsx.seconds() ? xlsx : bestXlsx;
        }
        log.info(String.format(Locale.ROOT, "%n| rows | format | best time (s) | its CPU time (s) | heap peak above start (MB) "
                + "| file (MB) | time vs CSV |%n|---|---|---|---|---|---|---|%n"
                + "| %,d | CSV (baseline) | %.2f | %.2f | %d | %.1f | 1.00 |%n"
                + "| %,d | XLSX | %.2f | %.2f | %d | %.1f | %.2f |%nmax heap %d MB, %d cores, load %.2f",
                rows, bestCsv.seconds(), bestCsv.cpuSeconds(), bestCsv.peakBytes() >> 20, bestCsv.fileBytes() / 1e6,
                rows, bestXlsx.seconds(), bestXlsx.cpuSeconds(), bestXlsx.peakBytes() >> 20,
                bestXlsx.fileBytes() / 1e6,
                bestXlsx.seconds() / bestCsv.seconds(), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    }
}
