package app.ponte.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

/**
 * An event handler that only counts what it is given, without deserializing the payload, so that a replay through
 * it measures the store's streaming path and the processor, not any read model.
 */
final class CountingHandler {

    private final LongAdder seen = new LongAdder();
    private final AtomicLong firstSeenNanos = new AtomicLong();

    @EventHandler
    void on(EventMessage<?> event) {
        if (firstSeenNanos.get() == 0) {
            firstSeenNanos.compareAndSet(0, System.nanoTime());
        }
        seen.increment();
    }

    /** The {@link System#nanoTime()} at which the first event arrived, or 0 before it did. */
    long firstSeenNanos() {
        return firstSeenNanos.get();
    }

    long seen() {
        return seen.sum();
    }
}
