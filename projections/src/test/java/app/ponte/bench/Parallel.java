package app.ponte.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** Runs numbered operations on a fixed number of threads, each thread taking an equal share. */
final class Parallel {

    /** One operation; {@code index} is unique across all threads of one run. */
    @FunctionalInterface
    interface Operation {
        void run(int thread, long index) throws Exception;
    }

    /** The names of the threads that run operations start with this. */
    static final String THREAD_PREFIX = "bench-sender-";
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private Parallel() {
    }

    /** Runs {@code total} operations on {@code threads} threads and returns the wall-clock nanoseconds taken. */
    static long run(int threads, long total, Operation operation) {
        return run(threads, total, operation, new LongAdder());
    }

    /** As {@link #run(int, long, Operation)}, adding the CPU time the threads spent on the operations to {@code cpu}. */
    static long run(int threads, long total, Operation operation, LongAdder cpu) {
        AtomicInteger named = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(threads,
                runnable -> new Thread(runnable, THREAD_PREFIX + named.getAndIncrement()));
        try {
            List<Future<?>> futures = new ArrayList<>(threads);
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(executor.submit(() -> {
                    long cpuAtStart = CPU.getCurrentThreadCpuTime();
                    for (long index = thread; index < total; index += threads) {
                        operation.run(thread, index);
                    }
                    cpu.add(CPU.getCurrentThreadCpuTime() - cpuAtStart);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            return System.nanoTime() - start;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while benchmarking", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A benchmark operation failed", e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }
}
