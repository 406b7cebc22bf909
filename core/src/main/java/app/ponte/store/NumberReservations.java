package app.ponte.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongUnaryOperator;

/**
 * Hands out global numbers to the writers of one engine, taking them from the counter for several writers at once.
 * A writer that wants numbers while another writer's request to the counter is under way waits, and the next
 * request takes numbers for every writer waiting by then, with one {@code $inc} of their total. Each writer still
 * gets consecutive numbers of its own, taken from the counter before it inserts under them, so readers see no
 * difference: a number not stored yet is a number some writer holds.
 */
final class NumberReservations {

    private final LongUnaryOperator counter;
    private final ReentrantLock lock = new ReentrantLock();
    private final ConcurrentLinkedQueue<Request> waiting = new ConcurrentLinkedQueue<>();

    /** @param counter advances the counter by the given total and returns the last number it hands out */
    NumberReservations(LongUnaryOperator counter) {
        this.counter = counter;
    }

    /** Takes {@code count} consecutive numbers and returns the first. */
    long reserve(int count) {
        Request mine = new Request(count);
        waiting.add(mine);
        lock.lock();
        try {
            // A request still open here has not been taken by an earlier holder of the lock, which takes and
            // answers requests only while holding it; so it is still queued, and this thread answers it.
            if (!mine.answered) {
                answer();
            }
        } finally {
            lock.unlock();
        }
        return mine.first();
    }

    private void answer() {
        List<Request> batch = new ArrayList<>();
        long total = 0;
        for (Request request = waiting.poll(); request != null; request = waiting.poll()) {
            batch.add(request);
            total += request.count;
        }
        try {
            long next = counter.applyAsLong(total) - total + 1;
            for (Request request : batch) {
                request.first = next;
                next += request.count;
                request.answered = true;
            }
        } catch (RuntimeException e) {
            for (Request request : batch) {
                request.failure = e;
                request.answered = true;
            }
        }
    }

    /** One writer's wish; its fields are written and read under the lock, which orders them. */
    private static final class Request {

        final int count;
        long first;
        RuntimeException failure;
        boolean answered;

        Request(int count) {
            this.count = count;
        }

        long first() {
            if (failure != null) {
                throw failure;
            }
            return first;
        }
    }
}
