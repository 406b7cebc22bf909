package app.ponte.audit;

import app.ponte.store.MongoStore;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * Time travel for any read model: replays the global event stream, from the first event up to a moment, into a
 * fresh instance of the same projection class the live read model uses, pointed at a throwaway in-memory database.
 * Its queries then answer as the live read model would have answered at that moment, and nothing of today's read
 * models is read.
 *
 * <p>Events are read through the storage engine in global order and the replay stops at the first event stamped
 * after the moment. Only events the projection handles are deserialized.
 */
public final class AsOf implements AutoCloseable {

    private final EventStorageEngine engine;
    // One throwaway server for every replay, each in a database of its own that is dropped after it: starting a
    // server and its client for each replay cost more than replaying a mission's events into it.
    private MongoStore scratch;

    public AsOf(EventStorageEngine engine) {
        this.engine = engine;
    }

    private synchronized MongoDatabase scratchDatabase() {
        if (scratch == null) {
            scratch = MongoStore.inMemory("as-of");
        }
        return scratch.client().getDatabase("as-of-" + UUID.randomUUID());
    }

    /** Stops the throwaway server; a replay after this starts another. */
    @Override
    public synchronized void close() {
        if (scratch != null) {
            scratch.close();
            scratch = null;
        }
    }

    /**
     * Builds the projection made by {@code projection} from the events up to and including {@code at}. The result
     * holds a database of its own: close it when its queries are answered.
     */
    public <P> Replay<P> replay(Instant at, Function<MongoDatabase, P> projection) {
        return replay(at, projection, event -> true);
    }

    /**
     * As {@link #replay(Instant, Function)}, applying only the events {@code relevant} accepts: a view of one mission
     * or one program need not rebuild everyone else's. The test sees the message before its payload is read, so a
     * test on the aggregate identifier costs no deserialization.
     */
    public <P> Replay<P> replay(Instant at, Function<MongoDatabase, P> projection,
            Predicate<? super TrackedEventMessage<?>> relevant) {
        MongoDatabase store = scratchDatabase();
        try {
            P built = projection.apply(store);
            return new Replay<>(at, built, fold(null, at, built, relevant), store);
        } catch (RuntimeException e) {
            store.drop();
            throw e;
        }
    }

    /**
     * As {@link #replay(Instant, Function)}, from the events of one aggregate only, read by its identifier (an
     * indexed look-up) instead of scanning the global stream: a view of one mission costs that mission's events,
     * whatever the size of the store. The replay stops at the aggregate's first event stamped after the moment, as
     * the global one does, so the state is one the aggregate really passed through.
     */
    public <P> Replay<P> replayAggregate(Instant at, String aggregateIdentifier,
            Function<MongoDatabase, P> projection) {
        MongoDatabase store = scratchDatabase();
        try {
            P built = projection.apply(store);
            var handlers = new AnnotationEventHandlerAdapter(built);
            long applied = 0;
            DomainEventStream events = engine.readEvents(aggregateIdentifier, 0L);
            while (events.hasNext()) {
                DomainEventMessage<?> event = events.next();
                if (event.getTimestamp().isAfter(at)) {
                    break;
                }
                if (handlers.canHandle(event)) {
                    handlers.handle(event);
                    applied++;
                }
            }
            return new Replay<>(at, built, applied, store);
        } catch (RuntimeException e) {
            store.drop();
            throw e;
        } catch (Exception e) {
            store.drop();
            throw new IllegalStateException("Replaying " + aggregateIdentifier + " up to " + at + " failed", e);
        }
    }

    /**
     * Feeds {@code projection} (one that keeps its state in memory) with the events after {@code from} (null: from
     * the first) up to and including {@code at} that {@code relevant} accepts, and returns how many it handled.
     * Nothing is written anywhere.
     */
    public long fold(TrackingToken from, Instant at, Object projection,
            Predicate<? super TrackedEventMessage<?>> relevant) {
        var handlers = new AnnotationEventHandlerAdapter(projection);
        long applied = 0;
        try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(from, false)) {
            var events = stream.iterator();
            while (events.hasNext()) {
                TrackedEventMessage<?> event = events.next();
                if (event.getTimestamp().isAfter(at)) {
                    break;
                }
                if (relevant.test(event) && handlers.canHandle(event)) {
                    handlers.handle(event);
                    applied++;
                }
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Replaying the events up to " + at + " failed", e);
        }
        return applied;
    }

    /** A projection rebuilt as of a moment, over a database that exists until {@link #close()}. */
    public static final class Replay<P> implements AutoCloseable {

        private final Instant at;
        private final P projection;
        private final long applied;
        private final MongoDatabase store;

        private Replay(Instant at, P projection, long applied, MongoDatabase store) {
            this.at = at;
            this.projection = projection;
            this.applied = applied;
            this.store = store;
        }

        public Instant at() {
            return at;
        }

        public P projection() {
            return projection;
        }

        /** How many events the projection handled. */
        public long applied() {
            return applied;
        }

        @Override
        public void close() {
            store.drop();
        }
    }
}
