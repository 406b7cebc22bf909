package app.ponte.config.ops;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every streaming processor's segments from the token store, whichever node holds them, against the head of
 * the event stream. The token store is read as documents rather than through Axon's {@code TokenStore}, whose
 * {@code fetchToken} would claim the segment it reads. A reading stands for {@link #FRESH}, so that a scrape, a
 * health check and a screen asking together cost one look.
 */
public final class ProcessorPositions {

    private static final Logger log = LoggerFactory.getLogger(ProcessorPositions.class);

    /** Axon's MongoDB token store keeps its tokens here, one document per processor and segment. */
    static final String TOKENS = "trackingtokens";
    static final Duration FRESH = Duration.ofSeconds(1);

    private final MongoCollection<Document> tokens;
    private final Serializer serializer;
    private final LongSupplier head;
    private final Supplier<Set<String>> processors;
    private final Supplier<Map<String, Map<Integer, Long>>> held;
    private Supplier<Map<String, String>> errors = Map::of;
    private final Clock clock;
    private volatile Reading last;

    /** One look: the head of the stream and every segment's position. */
    public record Reading(long head, List<SegmentPosition> segments, Instant at) {

        /** The largest lag of any segment, 0 when every segment is at the head. */
        public long maxLag() {
            return segments.stream().mapToLong(SegmentPosition::lag).max().orElse(0);
        }
    }

    /**
     * @param head the global number of the last stored event
     * @param processors the streaming processors this application runs; one with no token yet stands at the start
     * @param held for each processor, the position of every segment this node holds, as the processor has it now:
     *     a segment stores its token only every few seconds when none of the events it reads are its own, so the
     *     token store alone would show an idle segment behind
     */
    public ProcessorPositions(MongoDatabase database, Serializer serializer, LongSupplier head,
            Supplier<Set<String>> processors, Supplier<Map<String, Map<Integer, Long>>> held, Clock clock) {
        this.tokens = database.getCollection(TOKENS);
        this.serializer = serializer;
        this.head = head;
        this.processors = processors;
        this.held = held;
        this.clock = clock;
    }

    /** Tells this where to learn which segments on this node are failing. */
    void failingFrom(Supplier<Map<String, String>> errors) {
        this.errors = errors;
    }

    /** The segments on this node that are failing ({@code processor[segment]}), with the error of each. */
    public Map<String, String> errorsOnThisNode() {
        return errors.get();
    }

    /** The latest reading, looked at again when it is older than {@link #FRESH}. */
    public Reading read() {
        Reading reading = last;
        Instant now = clock.instant();
        if (reading == null || reading.at().plus(FRESH).isBefore(now)) {
            reading = look(now);
            last = reading;
        }
        return reading;
    }

    /** A reading taken now, ignoring the last one. */
    public Reading readNow() {
        Reading reading = look(clock.instant());
        last = reading;
        return reading;
    }

    private Reading look(Instant now) {
        // The node's own positions first: read after the head, a position could pass it, so it is capped there.
        Map<String, Map<Integer, Long>> local = held.get();
        long headNumber = head.getAsLong();
        List<SegmentPosition> segments = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Document token : tokens.find(new Document("processorName", new Document("$ne", "__config")))) {
            String processor = token.getString("processorName");
            if (processor == null || processor.startsWith("__")) {
                continue;
            }
            seen.add(processor);
            TrackingToken tracking = deserialize(token);
            int number = token.get("segment", Number.class).intValue();
            long stored = tracking == null ? -1 : tracking.position().orElse(-1);
            Long live = local.getOrDefault(processor, Map.of()).get(number);
            long position = Math.min(headNumber, live == null ? stored : Math.max(stored, live));
            long lag = Math.max(0, headNumber - Math.max(position, 0));
            Object timestamp = token.get("timestamp");
            Instant claimedAt = timestamp instanceof Number millis ? Instant.ofEpochMilli(millis.longValue()) : null;
            String owner = token.getString("owner");
            segments.add(new SegmentPosition(processor, number, position, lag,
                    owner == null ? "" : owner, claimedAt, tracking instanceof ReplayToken));
        }
        for (String processor : processors.get()) {
            if (!seen.contains(processor)) {
                segments.add(new SegmentPosition(processor, 0, -1, headNumber, "", null, false));
            }
        }
        segments.sort(Comparator.comparing(SegmentPosition::processor).thenComparingInt(SegmentPosition::segment));
        return new Reading(headNumber, List.copyOf(segments), now);
    }

    private TrackingToken deserialize(Document token) {
        Object stored = token.get("token");
        String type = token.getString("tokenType");
        if (stored == null || type == null) {
            return null;
        }
        try {
            SerializedObject<?> serialized = stored instanceof Binary binary
                    ? new SimpleSerializedObject<>(binary.getData(), byte[].class, type, null)
                    : stored instanceof byte[] bytes
                            ? new SimpleSerializedObject<>(bytes, byte[].class, type, null)
                            : new SimpleSerializedObject<>(stored.toString(), String.class, type, null);
            return serializer.deserialize(serialized);
        } catch (RuntimeException e) {
            log.warn("Cannot read the token of {}[{}]: {}", token.getString("processorName"), token.get("segment"),
                    e.toString());
            return null;
        }
    }
}
