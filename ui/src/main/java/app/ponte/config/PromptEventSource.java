package app.ponte.config;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event store as the pooled streaming processors read it, with word when new events are there.
 *
 * <p>A pooled streaming processor that has caught up asks its stream to call back when events arrive; the embedded
 * event store's streams cannot, so the processor looked again only every 500 ms, and that wait was most of a wall
 * screen's command-to-screen latency (BENCHMARKS.md, wall screens). Here one watcher thread tails the store, blocking
 * on the store's own signal that new events were read, and calls back every open stream as soon as they are.
 */
final class PromptEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PromptEventSource.class);
    private static final int WAIT_SECONDS = 1;

    private final EventStore store;
    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
    private final Thread watcher;
    private volatile boolean running = true;

    PromptEventSource(EventStore store) {
        this.store = store;
        // Opened here rather than on the thread, so that no event appended after construction can be missed.
        var tail = tail();
        this.watcher = new Thread(() -> watch(tail), "prompt-event-source");
        watcher.setDaemon(true);
        watcher.start();
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        return new Prompted(store.openStream(token));
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return store.createTokenSince(duration);
    }

    /** Streams open now; a processor reopens its stream when it claims segments, and the old one must not linger. */
    int openStreams() {
        return callbacks.size();
    }

    private BlockingStream<TrackedEventMessage<?>> tail() {
        return store.openStream(store.createHeadToken());
    }

    private void watch(BlockingStream<TrackedEventMessage<?>> first) {
        var tail = first;
        while (running) {
            try (var stream = tail != null ? tail : tail()) {
                tail = null;
                while (running) {
                    if (stream.hasNextAvailable(WAIT_SECONDS, TimeUnit.SECONDS)) {
                        // Skip to the end first: one call back covers however many events arrived together.
                        while (stream.hasNextAvailable()) {
                            stream.nextAvailable();
                        }
                        callbacks.forEach(Runnable::run);
                    }
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failure) {
                // The store was briefly unreachable: processors fall back to their own periodic look until it is.
                log.warn("Watching for new events failed, retrying: {}", failure.toString());
                if (!pause()) {
                    return;
                }
            }
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(Duration.ofSeconds(WAIT_SECONDS).toMillis());
            return true;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        running = false;
        watcher.interrupt();
        try {
            watcher.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    /** One processor's stream: everything from the store's stream, plus the call back. */
    private final class Prompted implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private Runnable callback;

        Prompted(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignored) {
            delegate.skipMessagesWithPayloadTypeOf(ignored);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            if (this.callback != null) {
                callbacks.remove(this.callback);
            }
            this.callback = callback;
            callbacks.add(callback);
            return true;
        }

        @Override
        public void close() {
            if (callback != null) {
                callbacks.remove(callback);
            }
            delegate.close();
        }
    }
}
