package app.ponte.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;

/**
 * An Axon event storage engine on MongoDB in which every event has a global sequence number, so that streaming
 * processors see every event exactly once and in one global order, on one node or many.
 *
 * <p>Layout. Each call to {@code appendEvents} is one <em>commit</em> document, written with a single insert and so
 * atomic on every MongoDB: {@code _id} is the commit's first global number, {@code g} lists all its global
 * numbers, {@code events} holds the events. Unique indexes on {@code g}, on {@code events.key} (aggregate and
 * sequence number) and on {@code events.id} (event identifier) reject a second commit under a number, a
 * conflicting append and a reused identifier. Every read is an equality or {@code $in} lookup on one of these
 * unique indexes: a tracking batch is {@code g $in [n+1 .. n+batch]}, an aggregate is
 * {@code events.key $in [id/first .. id/first+batch]}. Real MongoDB serves both from its indexes, and so does the
 * embedded server, whose indexes serve only unique lookups.
 *
 * <p>Numbers. The insert itself takes the numbers: the unique index on {@code g} lets only one commit have a
 * number. Each instance hands its writers the numbers after the highest it knows to be taken, without asking the
 * server; when another node took them first, the insert is refused, the instance looks for the first free number
 * after them ({@link #firstFreeAfter}) and the writer commits again there. A number is only ever chosen when the
 * one before it is known to be taken, so no writer leaves a hole behind it on purpose.
 *
 * <p>Gaps. A number can be taken and not be visible yet (a commit in flight), or never (a writer that died
 * between taking the number and inserting). A reader delivers events strictly in number order and stops at the
 * first number it cannot see. When that number lies below one it has seen stored or one this instance handed out,
 * it is a gap: once it has stayed missing for the gap timeout, the reader <em>claims</em> it by inserting an empty
 * commit document with that number; from then on the writer's insert fails on the unique index and the writer
 * commits again under a fresh number. So a number is filled by exactly one of writer or claim, and no reader ever
 * skips an event that may still appear. A number with nothing known beyond it is the head of the stream, never
 * waited for: if its writer died, the next writer simply takes it. A writer whose append is rejected claims its own
 * numbers at once, so conflicts cost readers no waiting.
 */
public final class MongoEventStorageEngine extends BatchingEventStorageEngine {

    private static final Logger log = LoggerFactory.getLogger(MongoEventStorageEngine.class);

    static final String EVENTS = "events";
    static final String SNAPSHOTS = "snapshots";
    static final String GLOBAL_INDEX = "global_number";
    static final String EVENT_KEY_INDEX = "aggregate_sequence";
    static final String EVENT_ID_INDEX = "event_identifier";
    /*
     * Each refused attempt means another writer's commit took the number, so the store moved on: retrying cannot
     * go on for ever, but with many nodes writing at once a writer may lose several times in a row.
     */
    private static final int MAX_COMMIT_ATTEMPTS = 50;

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> snapshots;
    private final boolean snapshotsEnabled;
    private final GlobalNumbers numbers;
    /** Commits that lost their number to another writer and were made again under a later one. */
    private final LongAdder numbersLost = new LongAdder();
    /** Events this instance stored, and events it read for aggregates and for processors (for metrics). */
    private final LongAdder eventsAppended = new LongAdder();
    private final LongAdder eventsReadForAggregates = new LongAdder();
    private final LongAdder eventsReadForProcessors = new LongAdder();

    private MongoEventStorageEngine(Builder builder) {
        super(builder);
        this.events = builder.database.getCollection(EVENTS);
        this.snapshots = builder.database.getCollection(SNAPSHOTS);
        this.snapshotsEnabled = builder.snapshots;
        this.numbers = new GlobalNumbers(events, builder.gapTimeout, builder.clock);
        ensureIndexes();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Creates the unique indexes the engine relies on; harmless when they exist. */
    public void ensureIndexes() {
        events.createIndex(Indexes.ascending("g"), new IndexOptions().unique(true).name(GLOBAL_INDEX));
        // Sparse, so that claim documents (which hold no events) do not all collide on a missing key.
        events.createIndex(Indexes.ascending("keys"),
                new IndexOptions().unique(true).sparse(true).name(EVENT_KEY_INDEX));
        events.createIndex(Indexes.ascending("ids"),
                new IndexOptions().unique(true).sparse(true).name(EVENT_ID_INDEX));
        // Serves createTokenAt on MongoDB; the embedded server ignores indexes that are not unique.
        events.createIndex(Indexes.ascending("events.time"), new IndexOptions().name("event_time"));
    }

    public Duration gapTimeout() {
        return numbers.gapTimeout();
    }

    /** How many commits of this instance found their number taken by another writer, and were made again. */
    public long numbersLost() {
        return numbersLost.sum();
    }

    /** How many events this instance has stored since it started. */
    public long eventsAppended() {
        return eventsAppended.sum();
    }

    /** How many events this instance has read to load aggregates since it started. */
    public long eventsReadForAggregates() {
        return eventsReadForAggregates.sum();
    }

    /** How many events this instance has read for its streaming processors (and other tracking readers). */
    public long eventsReadForProcessors() {
        return eventsReadForProcessors.sum();
    }

    // ---------------------------------------------------------------- writing

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> messages, Serializer serializer) {
        if (messages.isEmpty()) {
            return;
        }
        List<Document> encoded = new ArrayList<>(messages.size());
        for (EventMessage<?> message : messages) {
            encoded.add(EventDocuments.encode(message, serializer));
        }
        DuplicateInCommit duplicate = EventDocuments.findDuplicate(encoded);
        if (duplicate != null) {
            handlePersistenceException(duplicate, messages.get(0));
        }
        for (int attempt = 1; ; attempt++) {
            long first;
            try {
                first = numbers.take(encoded.size());
            } catch (RuntimeException e) {
                handlePersistenceException(e, messages.get(0));
                return;
            }
            List<Long> taken = LongStream.range(first, first + encoded.size()).boxed().toList();
            Document commit = new Document("_id", first).append("g", taken)
                    .append("keys", encoded.stream().map(event -> event.getString("key")).toList())
                    .append("ids", encoded.stream().map(event -> event.getString("id")).toList())
                    .append("events", encoded);
            try {
                events.insertOne(commit);
                eventsAppended.add(encoded.size());
                return;
            } catch (MongoWriteException e) {
                numbers.claimAll(taken);
                boolean numberTaken = e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY
                        && !isEventConflict(e);
                if (numberTaken && attempt < MAX_COMMIT_ATTEMPTS) {
                    // Another node's commit, or a reader's claim, took a number first: commit again after it.
                    log.debug("Commit at global number {} lost its number ({}); retrying under a new one", first,
                            e.getError().getMessage());
                    numbersLost.increment();
                    numbers.learnHeadAfter(taken.get(taken.size() - 1));
                    continue;
                }
                handlePersistenceException(e, messages.get(0));
            } catch (RuntimeException e) {
                numbers.claimAll(taken);
                handlePersistenceException(e, messages.get(0));
            }
        }
    }

    private static boolean isEventConflict(MongoWriteException e) {
        String message = String.valueOf(e.getError().getMessage());
        return message.contains(EVENT_KEY_INDEX) || message.contains(EVENT_ID_INDEX);
    }

    /** Package-private so that tests can stand for a writer that dies holding numbers. */
    long takeNumbers(int count) {
        return numbers.take(count);
    }

    long firstFreeAfter(long taken) {
        return numbers.firstFreeAfter(taken);
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        if (!snapshotsEnabled) {
            throw new EventStoreException("This event store was built without snapshots, so it cannot store the "
                    + "snapshot of aggregate " + snapshot.getAggregateIdentifier()
                    + ": build the engine with snapshots(true) where a snapshotter is configured");
        }
        Document encoded = EventDocuments.encode(snapshot, serializer)
                .append("_id", snapshot.getAggregateIdentifier());
        try {
            // Keeps only the newest snapshot: the filter matches only an older one, and an upsert against a newer
            // one fails on _id, which means there is nothing to do.
            snapshots.replaceOne(and(eq("_id", snapshot.getAggregateIdentifier()),
                    lt("seq", snapshot.getSequenceNumber())), encoded, new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                handlePersistenceException(e, snapshot);
            }
        }
    }

    // ---------------------------------------------------------------- reading

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier,
            long firstSequenceNumber, int batchSize) {
        List<String> keys = new ArrayList<>(batchSize);
        for (long seq = firstSequenceNumber; seq < firstSequenceNumber + batchSize; seq++) {
            keys.add(EventDocuments.key(aggregateIdentifier, seq));
        }
        List<DomainEventData<?>> result = new ArrayList<>();
        for (Document commit : EventDocuments.distinct(events.find(in("keys", keys)))) {
            for (Document event : commit.getList("events", Document.class)) {
                long seq = event.get("seq", Number.class).longValue();
                if (event.getString("type") != null && aggregateIdentifier.equals(event.getString("aggregate"))
                        && seq >= firstSequenceNumber && seq < firstSequenceNumber + batchSize) {
                    result.add(EventDocuments.decode(event));
                }
            }
        }
        result.sort(Comparator.comparingLong(DomainEventData::getSequenceNumber));
        eventsReadForAggregates.add(result.size());
        return result;
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        long next = position(lastToken) + 1;
        while (true) {
            int size = numbers.windowSize(next, batchSize);
            List<Long> window = LongStream.range(next, next + size).boxed().toList();
            List<Document> commits = EventDocuments.distinct(events.find(in("g", window)));
            commits.sort(Comparator.comparingLong(commit -> commit.get("_id", Number.class).longValue()));
            List<TrackedEventData<?>> result = new ArrayList<>();
            Set<Long> present = new HashSet<>();
            long expected = next;
            for (Document commit : commits) {
                for (Number number : commit.getList("g", Number.class)) {
                    present.add(number.longValue());
                    // A stored number was taken, so a missing one before it is a gap.
                    numbers.seen(number.longValue());
                }
                long first = commit.get("_id", Number.class).longValue();
                if (first > expected) {
                    break; // a gap: nothing beyond it may be delivered yet
                }
                List<Document> commitEvents = commit.getList("events", Document.class, List.of());
                for (int i = 0; i < commitEvents.size(); i++) {
                    if (first + i >= expected) {
                        result.add(EventDocuments.tracked(first + i, commitEvents.get(i)));
                    }
                }
                expected = first + commit.getList("g", Number.class).size();
            }
            numbers.reached(expected);
            if (present.size() == size && size < batchSize) {
                // A probe past the known head came back full: others have written further than this instance
                // knows. Finding the head lets the next reads take whole batches again.
                numbers.learnHeadAfter(next + size - 1);
            }
            if (!result.isEmpty()) {
                eventsReadForProcessors.add(result.size());
                return result;
            }
            if (expected > next) {
                next = expected; // only claimed numbers so far: look further
            } else if (!numbers.claimIfAbandoned(next, window, present)) {
                return result;
            }
        }
    }

    private static long position(TrackingToken token) {
        if (token == null) {
            return 0;
        }
        if (token instanceof GlobalSequenceTrackingToken global) {
            return global.getGlobalIndex();
        }
        return token.position().orElseThrow(() -> new IllegalArgumentException(
                "Unsupported tracking token " + token.getClass().getName()));
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        if (!snapshotsEnabled) {
            // Axon asks for a snapshot before every load; without snapshots there is nothing to ask the server.
            return Stream.empty();
        }
        Document snapshot = snapshots.find(eq("_id", aggregateIdentifier)).first();
        return snapshot == null ? Stream.empty() : Stream.of(EventDocuments.decode(snapshot));
    }

    // ---------------------------------------------------------------- tokens

    @Override
    public TrackingToken createTailToken() {
        return new GlobalSequenceTrackingToken(0);
    }

    @Override
    public TrackingToken createHeadToken() {
        return new GlobalSequenceTrackingToken(head());
    }

    /** The last number taken before the first free one: the head of the stream as far as the store shows it. */
    public long head() {
        return numbers.head();
    }

    /**
     * The position just before the first event, in global order, stamped at or after {@code dateTime}. Time is not
     * indexed on the embedded server, so this scans; it is used only when a processor is reset to a moment.
     */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        Date floor = Date.from(dateTime.minusNanos(dateTime.getNano() % 1_000_000));
        // In batches: the embedded server would otherwise answer with every matching commit in one reply.
        for (Document commit : events.find(gte("events.time", floor)).sort(Sorts.ascending("_id")).batchSize(100)) {
            List<Document> commitEvents = commit.getList("events", Document.class);
            long first = commit.get("_id", Number.class).longValue();
            for (int i = 0; i < commitEvents.size(); i++) {
                if (!Instant.parse(commitEvents.get(i).getString("timestamp")).isBefore(dateTime)) {
                    return new GlobalSequenceTrackingToken(first + i - 1);
                }
            }
        }
        return createHeadToken();
    }

    /** A duplicate event identifier or aggregate sequence number inside one commit. */
    static final class DuplicateInCommit extends RuntimeException {
        DuplicateInCommit(String eventId, String key) {
            super("The commit holds event " + eventId + " or aggregate sequence " + key + " twice");
        }
    }

    /** Recognizes MongoDB's duplicate key errors, and duplicates inside one commit, as key violations. */
    static boolean isDuplicateKeyViolation(Exception e) {
        if (e instanceof DuplicateInCommit) {
            return true;
        }
        return e instanceof MongoWriteException write && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }

    /** Builds the engine; a database and the serializers are required. */
    public static final class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private Duration gapTimeout = Duration.ofSeconds(10);
        private Clock clock = Clock.systemUTC();
        private boolean snapshots = true;

        private Builder() {
            persistenceExceptionResolver(MongoEventStorageEngine::isDuplicateKeyViolation);
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        /** How long a handed-out number may stay invisible before readers claim it as empty. */
        public Builder gapTimeout(Duration gapTimeout) {
            if (gapTimeout == null || gapTimeout.isNegative()) {
                throw new AxonConfigurationException("The gap timeout must be zero or positive");
            }
            this.gapTimeout = gapTimeout;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Whether this engine stores and reads snapshots (the default). Without them, loading an aggregate costs
         * one request less, since Axon asks for a snapshot before every load; storing one is then an error.
         */
        public Builder snapshots(boolean snapshots) {
            this.snapshots = snapshots;
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder persistenceExceptionResolver(
                org.axonframework.common.jdbc.PersistenceExceptionResolver persistenceExceptionResolver) {
            super.persistenceExceptionResolver(persistenceExceptionResolver);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder snapshotFilter(SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            if (database == null) {
                throw new AxonConfigurationException("The MongoDB database is required");
            }
        }

        public MongoEventStorageEngine build() {
            validate();
            return new MongoEventStorageEngine(this);
        }
    }
}
