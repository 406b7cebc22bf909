package app.ponte.bench;

import java.util.concurrent.atomic.LongAdder;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/**
 * The handler of the processor that tails the store while commands run, as a live read model would: it receives
 * the deserialized counter events.
 */
@ProcessingGroup(TailCounter.PROCESSOR)
final class TailCounter {

    static final String PROCESSOR = "bench-tail";

    private final LongAdder seen = new LongAdder();

    @EventHandler
    void on(CounterEvent event) {
        seen.increment();
    }

    long seen() {
        return seen.sum();
    }
}
