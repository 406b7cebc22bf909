package app.ponte.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * CPU time that this JVM's threads spent, grouped by what they do (the embedded server, the threads sending
 * commands or inserts, the tail's reader and processor), added up over the rounds of one measurement. Shows where
 * an operation's cost goes, which wall-clock rates alone cannot: client and server share the same cores.
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Thread name prefixes and the group each stands for; the first match wins. */
    private static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put(Parallel.THREAD_PREFIX, "senders");
        GROUPS.put("mongo-server-worker", "embedded server");
        GROUPS.put("EmbeddedEventStore", "tail's store reader");
        GROUPS.put("WorkPackage", "tail processor");
        GROUPS.put("Coordinator", "tail processor");
    }

    private final Map<String, LongAdder> nanos = new LinkedHashMap<>();
    /** Filled by {@link Parallel}: its threads end before a sample after the run could see them. */
    private final LongAdder senders = new LongAdder();

    ThreadCpu() {
        for (String group : GROUPS.values()) {
            nanos.put(group, new LongAdder());
        }
        nanos.put("other", new LongAdder());
    }

    LongAdder senders() {
        return senders;
    }

    /** CPU nanoseconds of every live thread, by thread id, with the group it belongs to. */
    static Map<Long, Sample> sample() {
        Map<Long, Sample> samples = new HashMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null) {
                long cpu = THREADS.getThreadCpuTime(info.getThreadId());
                if (cpu > 0) {
                    samples.put(info.getThreadId(), new Sample(group(info.getThreadName()), cpu));
                }
            }
        }
        return samples;
    }

    /** Adds what each thread spent between two samples; senders are counted by {@link Parallel} instead. */
    void add(Map<Long, Sample> before, Map<Long, Sample> after) {
        after.forEach((id, sample) -> {
            Sample earlier = before.get(id);
            long spent = sample.cpuNanos() - (earlier == null ? 0 : earlier.cpuNanos());
            if (!sample.group().equals("senders")) {
                nanos.get(sample.group()).add(spent);
            }
        });
    }

    /** Microseconds per operation by group, largest first, and their total. */
    String perOperation(long operations) {
        Map<String, Long> spent = new HashMap<>();
        nanos.forEach((group, adder) -> spent.put(group, adder.sum()));
        spent.put("senders", senders.sum());
        long total = spent.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder text = new StringBuilder();
        spent.entrySet().stream().filter(entry -> entry.getValue() * 100 >= total)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(entry -> text.append(String.format(Locale.ROOT, "%s %.0f µs, ", entry.getKey(),
                        entry.getValue() / 1e3 / operations)));
        return text.append(String.format(Locale.ROOT, "total %.0f µs", total / 1e3 / operations)).toString();
    }

    private static String group(String threadName) {
        for (Map.Entry<String, String> entry : GROUPS.entrySet()) {
            if (threadName.startsWith(entry.getKey())) {
                return entry.getValue();
            }
        }
        return "other";
    }

    record Sample(String group, long cpuNanos) {
    }
}
