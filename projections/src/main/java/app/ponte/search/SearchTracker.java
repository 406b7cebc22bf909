package app.ponte.search;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The streaming processor that keeps this instance's search index: every instance runs its own, reading every
 * event, since every instance has an index of its own to keep. Its token is the index's own commit (the global
 * position of the last event indexed, in the commit's user data) rather than a row in the shared token store, so it
 * claims nothing from other instances, and the index and its position can never disagree: an index deleted while
 * the application was stopped is built again from the first event, and one that was kept resumes where it stopped.
 * Events are indexed in batches of up to {@value #BATCH}, one commit per batch.
 */
public final class SearchTracker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SearchTracker.class);
    static final int BATCH = 500;
    private static final long WAIT_MILLIS = 200;

    private final StreamableMessageSource<TrackedEventMessage<?>> source;
    private final SearchIndex index;
    private final SearchIndexer indexer;
    private final Thread thread;
    private final Object progress = new Object();
    private volatile boolean running = true;
    private volatile boolean rebuild;
    private volatile long position;

    public SearchTracker(StreamableMessageSource<TrackedEventMessage<?>> source, SearchIndex index,
            SearchIndexer indexer) {
        this.source = source;
        this.index = index;
        this.indexer = indexer;
        this.position = index.position().orElse(-1);
        this.thread = new Thread(this::run, "search-index");
        thread.setDaemon(true);
    }

    public SearchTracker start() {
        thread.start();
        return this;
    }

    /** The global position of the last event the searchable index holds; -1 before the first. */
    public long position() {
        return position;
    }

    /** Waits until the index holds the event at {@code target} (a global position); false when the time ran out. */
    public boolean awaitPosition(long target, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (position < target) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return false;
                }
                progress.wait(left);
            }
            return true;
        }
    }

    /**
     * Empties the index and builds it again from the first event, returning once it is emptied; searches meanwhile
     * find what is rebuilt so far.
     */
    public void rebuild(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            rebuild = true;
            while (rebuild) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new IllegalStateException("The search index was not emptied within " + timeout);
                }
                progress.wait(left);
            }
        }
    }

    private void run() {
        long failures = 0;
        while (running) {
            if (rebuild) {
                index.clear();
                synchronized (progress) {
                    rebuild = false;
                    position = -1;
                    progress.notifyAll();
                }
                log.info("Rebuilding the search index from the first event");
            }
            var start = index.position();
            try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(
                    start.isPresent() ? new GlobalSequenceTrackingToken(start.getAsLong()) : null)) {
                follow(stream);
                failures = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures++;
                log.warn("The search index stopped at position {}; trying again", index.position().orElse(-1), e);
                if (!pause(Math.min(30_000, 500 * failures))) {
                    return;
                }
            }
        }
    }

    private void follow(BlockingStream<TrackedEventMessage<?>> stream) throws InterruptedException {
        while (running && !rebuild) {
            if (!stream.hasNextAvailable((int) WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                continue;
            }
            long last = -1;
            for (int n = 0; n < BATCH && stream.hasNextAvailable(); n++) {
                var message = stream.nextAvailable();
                try {
                    indexer.handle(message.getPayload());
                } catch (RuntimeException e) {
                    // As Axon's default for a projection: one event that cannot be indexed must not stop the rest.
                    log.error("Could not index event {} ({})", message.getIdentifier(), message.getPayloadType(), e);
                }
                last = message.trackingToken().position().orElse(last);
            }
            if (last >= 0) {
                index.commit(last);
                advanced(last);
            }
        }
    }

    private void advanced(long to) {
        synchronized (progress) {
            position = to;
            progress.notifyAll();
        }
    }

    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /*
     * Stops without interrupting: an interrupt during a write would close Lucene's file channels under it. The
     * thread looks at the flag at least every WAIT_MILLIS and after every batch.
     */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(Duration.ofSeconds(30).toMillis());
    }
}
