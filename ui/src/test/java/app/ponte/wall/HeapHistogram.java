package app.ponte.wall;

import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The live objects of this JVM by class, as {@code jcmd <pid> GC.class_histogram} prints them, taken through the
 * same diagnostic command from inside the JVM that runs the server. The command runs a full collection first, so
 * the figures are what survives a GC.
 */
record HeapHistogram(long heapBytes, Map<String, Counts> classes) {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");

    record Counts(long instances, long bytes) {}

    record Growth(String name, long instances, long bytes) {}

    static HeapHistogram take() {
        String text;
        try {
            text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
        } catch (JMException unavailable) {
            throw new IllegalStateException("The JVM's diagnostic command for a class histogram is unavailable",
                    unavailable);
        }
        var classes = new HashMap<String, Counts>();
        for (String line : text.split("\n")) {
            var row = ROW.matcher(line);
            if (row.matches()) {
                classes.merge(row.group(3), new Counts(Long.parseLong(row.group(1)), Long.parseLong(row.group(2))),
                        (a, b) -> new Counts(a.instances() + b.instances(), a.bytes() + b.bytes()));
            }
        }
        // Read after the histogram's full collection, so this too is the heap that survives a GC.
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new HeapHistogram(heap, classes);
    }

    long instances(Predicate<String> className) {
        return classes.entrySet().stream().filter(c -> className.test(c.getKey()))
                .mapToLong(c -> c.getValue().instances()).sum();
    }

    long bytes(Predicate<String> className) {
        return classes.entrySet().stream().filter(c -> className.test(c.getKey()))
                .mapToLong(c -> c.getValue().bytes()).sum();
    }

    long instances(String className) {
        var counts = classes.get(className);
        return counts == null ? 0 : counts.instances();
    }

    /** The classes whose live bytes grew most from {@code before} to this histogram. */
    List<Growth> grownSince(HeapHistogram before, int limit) {
        return classes.entrySet().stream().map(c -> {
            var then = before.classes().getOrDefault(c.getKey(), new Counts(0, 0));
            return new Growth(c.getKey(), c.getValue().instances() - then.instances(),
                    c.getValue().bytes() - then.bytes());
        }).sorted(Comparator.comparingLong(Growth::bytes).reversed()).limit(limit).toList();
    }

    static Predicate<String> startingWith(String... prefixes) {
        return name -> {
            for (String prefix : prefixes) {
                if (name.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        };
    }
}
