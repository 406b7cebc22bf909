package app.ponte.live;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns moved counters in {@link ReadModelChanges} into {@link ReadModelChanged} updates for this instance's live
 * queries. Each instance runs one, polling every few hundred milliseconds: simpler than change streams, which the
 * embedded server lacks, and it works the same on one node or many.
 */
public class ChangeRelay {

    private static final Logger log = LoggerFactory.getLogger(ChangeRelay.class);

    private final ReadModelChanges changes;
    private final QueryUpdateEmitter emitter;
    private final AtomicBoolean nudged = new AtomicBoolean();
    private Map<String, Long> seen;

    public ChangeRelay(ReadModelChanges changes, QueryUpdateEmitter emitter) {
        this.changes = changes;
        this.emitter = emitter;
    }

    /** Emits one update per topic whose counter moved since the last poll; the first poll only takes a baseline. */
    public synchronized void poll() {
        try {
            var now = changes.versions();
            if (seen != null) {
                now.forEach((topic, version) -> {
                    if (!Objects.equals(seen.get(topic), version)) {
                        emit(topic);
                    }
                });
            }
            seen = new HashMap<>(now);
        } catch (RuntimeException failure) {
            // A failed poll (store briefly unreachable) is retried on the next tick; screens just update later.
            log.warn("Polling read-model changes failed: {}", failure.toString());
        }
    }

    /**
     * Polls on {@code executor} as soon as it can, once however many nudges arrive before that poll starts: a
     * projection on this instance just wrote, and a screen should not wait for the next tick to hear of it.
     */
    public void nudge(Executor executor) {
        if (nudged.compareAndSet(false, true)) {
            executor.execute(() -> {
                nudged.set(false);
                poll();
            });
        }
    }

    private void emit(String topic) {
        var update = new ReadModelChanged(topic);
        emitter.emit(query -> query.getPayload() instanceof LiveQuery live && live.concerns(topic), update);
    }
}
