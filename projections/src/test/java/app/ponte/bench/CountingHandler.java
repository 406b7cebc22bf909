package app.ponte.bench;

import java.util.concurrent.atomic.LongAdder;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

/**
 * An event handler that only counts what it is given, without deserializing the payload, so that a replay through
 * it measures the store's streaming path and the processor, not any read model.
 */
final class CountingHandler {

    private final LongAdder seen = new LongAdder();

    @EventHandler
    void on(EventMessage<?> event) {
        seen.increment();
    }

    long seen() {
        return seen.sum();
    }
}
