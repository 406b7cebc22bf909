package app.ponte.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class NumberReservationsTest {

    private static final int THREADS = 8;
    private static final int PER_THREAD = 300;

    @Test
    void concurrentWritersGetDistinctConsecutiveNumbersWithFewerCounterRequests() throws Exception {
        AtomicLong counter = new AtomicLong();
        AtomicInteger requests = new AtomicInteger();
        NumberReservations reservations = new NumberReservations(total -> {
            requests.incrementAndGet();
            sleepBriefly(); // a round trip, during which other writers queue up
            return counter.addAndGet(total);
        });
        List<long[]> ranges = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < PER_THREAD; i++) {
                        int count = 1 + (thread + i) % 3;
                        ranges.add(new long[] {reservations.reserve(count), count});
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<Long> numbers = new ArrayList<>();
        for (long[] range : ranges) {
            for (long n = range[0]; n < range[0] + range[1]; n++) {
                numbers.add(n);
            }
        }
        Collections.sort(numbers);
        assertThat(numbers).as("every number handed out once, none skipped").hasSize((int) counter.get());
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).isEqualTo(i + 1L);
        }
        assertThat(requests.get()).as("counter requests for %d reservations", THREADS * PER_THREAD)
                .isLessThan(THREADS * PER_THREAD);
    }

    @Test
    void aFailedCounterRequestFailsTheWriterAndLeavesTheNextOneServed() {
        AtomicInteger calls = new AtomicInteger();
        NumberReservations reservations = new NumberReservations(total -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("server unavailable");
            }
            return total;
        });

        assertThatThrownBy(() -> reservations.reserve(2)).hasMessage("server unavailable");
        assertThat(reservations.reserve(2)).isEqualTo(1);
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
