package app.ponte.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs numbered operations on a fixed number of threads, each thread taking an equal share. */
final class Parallel {

    /** One operation; {@code index} is unique across all threads of one run. */
    @FunctionalInterface
    interface Operation {
        void run(int thread, long index) throws Exception;
    }

    private Parallel() {
    }

    /** Runs {@code total} operations on {@code threads} threads and returns the wall-clock nanoseconds taken. */
    static long run(int threads, long total, Operation operation) {
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>(threads);
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(executor.submit(() -> {
                    for (long index = thread; index < total; index += threads) {
                        operation.run(thread, index);
                    }
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
