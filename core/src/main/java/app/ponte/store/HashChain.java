package app.ponte.store;

import static com.mongodb.client.model.Filters.in;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;

/**
 * Tamper evidence for the event store: a hash chain over the events in global order, one link per global number,
 * kept in its own collection beside the events.
 *
 * <p>Link {@code n} is SHA-256 over link {@code n-1} (32 zero bytes before the first), then the event identifier,
 * the stored payload text and the stored metadata text of event {@code n}, each preceded by its length in UTF-8
 * bytes so that no two different events can be read as the same bytes. A number claimed empty by a reader holds no
 * event and is hashed with three empty texts, so deleting an event and claiming its number is still a break.
 *
 * <p>Extending follows the store in global order behind the engine's own tracked reading, which only moves past a
 * number once it holds an event or a claim; a link is never written for a number that may still be filled. Links
 * are inserted keyed by their number, so several nodes may extend the same chain: the second insert of a number is
 * refused and the stored link is taken as it is.
 *
 * <p>Verifying reads the raw commit documents, not the engine's messages, recomputes every link and compares it
 * with the stored one: the first number where they differ, or where an event or a link is missing, is where the
 * record was altered.
 */
public final class HashChain implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HashChain.class);

    static final String LINKS = "hash_chain";
    private static final byte[] GENESIS = new byte[32];
    private static final int BATCH = 500;

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> links;
    private final MongoEventStorageEngine engine;
    private ScheduledExecutorService follower;
    private long lastLinked = -1;
    private byte[] lastLink;

    public HashChain(MongoDatabase database, MongoEventStorageEngine engine) {
        this.events = database.getCollection(MongoEventStorageEngine.EVENTS);
        this.links = database.getCollection(LINKS);
        this.engine = engine;
    }

    /** Extends the chain every {@code periodMillis} on a background thread until {@link #close()}. */
    public synchronized void start(long periodMillis) {
        if (follower != null) {
            return;
        }
        follower = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "hash-chain");
            thread.setDaemon(true);
            return thread;
        });
        follower.scheduleWithFixedDelay(() -> {
            try {
                extend();
            } catch (RuntimeException e) {
                // The next round starts again from the last stored link; nothing is lost by waiting.
                log.warn("Extending the hash chain failed; retrying", e);
            }
        }, 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (follower != null) {
            follower.shutdownNow();
            follower = null;
        }
    }

    /** Links every number the store has settled on since the last link; returns the number of new links. */
    public synchronized int extend() {
        if (lastLinked < 0) {
            resumeFromStoredChain();
        }
        int added = 0;
        while (true) {
            long reach = settledUpTo(lastLinked);
            if (reach <= lastLinked) {
                return added;
            }
            Map<Long, Document> byNumber = rawEvents(lastLinked + 1, reach);
            for (long number = lastLinked + 1; number <= reach; number++) {
                byte[] link = link(lastLink, byNumber.get(number));
                lastLink = store(number, link);
                lastLinked = number;
                added++;
            }
        }
    }

    /** The last number that has a link, or 0 when the chain is empty. */
    public long lastLinkedNumber() {
        Document last = links.find().sort(Sorts.descending("_id")).limit(1).first();
        return last == null ? 0 : last.get("_id", Number.class).longValue();
    }

    /** Recomputes the whole chain from the raw event documents and reports the first break, if any. */
    public HashChainReport verify() {
        long last = lastLinkedNumber();
        byte[] previous = GENESIS;
        for (long from = 1; from <= last; from += BATCH) {
            long to = Math.min(last, from + BATCH - 1);
            Map<Long, Document> byNumber = rawEvents(from, to);
            Map<Long, String> stored = storedLinks(from, to);
            for (long number = from; number <= to; number++) {
                Document event = byNumber.get(number);
                String storedLink = stored.get(number);
                if (!byNumber.containsKey(number)) {
                    return HashChainReport.broken(last, number, null, "the event is missing from the store");
                }
                if (storedLink == null) {
                    return HashChainReport.broken(last, number, idOf(event), "its link is missing from the chain");
                }
                byte[] expected = link(previous, event);
                if (!HexFormat.of().formatHex(expected).equals(storedLink)) {
                    return HashChainReport.broken(last, number, idOf(event),
                            "the stored event or its link was changed after it was linked");
                }
                previous = expected;
            }
        }
        return HashChainReport.intact(last, unlinked(last));
    }

    /** Numbers taken beyond the last link: events appended since, or still being settled. */
    private long unlinked(long last) {
        return Math.max(0, engine.head() - last);
    }

    private void resumeFromStoredChain() {
        Document last = links.find().sort(Sorts.descending("_id")).limit(1).first();
        if (last == null) {
            lastLinked = 0;
            lastLink = GENESIS;
        } else {
            lastLinked = last.get("_id", Number.class).longValue();
            lastLink = HexFormat.of().parseHex(last.getString("hash"));
        }
    }

    /** How far the engine's tracked reading gets from {@code after}: every number up to it holds events or a claim. */
    private long settledUpTo(long after) {
        try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(
                new GlobalSequenceTrackingToken(after), false)) {
            return stream.limit(BATCH)
                    .mapToLong(message -> message.trackingToken().position().orElse(after))
                    .max()
                    .orElse(after);
        }
    }

    /** Inserts the link unless another node did first; the link that is stored is the one the chain goes on from. */
    private byte[] store(long number, byte[] link) {
        String hex = HexFormat.of().formatHex(link);
        try {
            links.insertOne(new Document("_id", number).append("hash", hex));
            return link;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            Document existing = links.find(new Document("_id", number)).first();
            String stored = existing == null ? hex : existing.getString("hash");
            if (!stored.equals(hex)) {
                log.error("Hash chain link {} was stored as {} but the store now gives {}; run a verify", number,
                        stored, hex);
            }
            return HexFormat.of().parseHex(stored);
        }
    }

    /** The event (or empty claim, as an empty document) stored under each number in the range that is present. */
    Map<Long, Document> rawEvents(long from, long to) {
        List<Long> numbers = LongStream.rangeClosed(from, to).boxed().toList();
        Map<Long, Document> byNumber = new HashMap<>();
        Map<Object, Boolean> seen = new HashMap<>();
        for (Document commit : events.find(in("g", numbers))) {
            if (seen.putIfAbsent(commit.get("_id"), true) != null) {
                continue;
            }
            List<Number> commitNumbers = commit.getList("g", Number.class);
            List<Document> commitEvents = commit.getList("events", Document.class, List.of());
            for (int i = 0; i < commitNumbers.size(); i++) {
                long number = commitNumbers.get(i).longValue();
                if (number < from || number > to) {
                    continue;
                }
                // A commit whose events array lost an element no longer has an event for every number it lists.
                byNumber.put(number, i < commitEvents.size() ? commitEvents.get(i) : MISSING_IN_COMMIT);
            }
            if (commitEvents.isEmpty() && commitNumbers.size() == 1) {
                byNumber.put(commitNumbers.get(0).longValue(), CLAIMED);
            }
        }
        byNumber.values().removeIf(document -> document == MISSING_IN_COMMIT);
        return byNumber;
    }

    private static final Document CLAIMED = new Document();
    private static final Document MISSING_IN_COMMIT = new Document("missing", true);

    private Map<Long, String> storedLinks(long from, long to) {
        List<Long> numbers = LongStream.rangeClosed(from, to).boxed().toList();
        Map<Long, String> byNumber = new HashMap<>();
        for (Document link : links.find(in("_id", numbers))) {
            byNumber.put(link.get("_id", Number.class).longValue(), link.getString("hash"));
        }
        return byNumber;
    }

    private static String idOf(Document event) {
        return event == null ? null : event.getString("id");
    }

    /** One link: the previous link, then identifier, payload and metadata of the event, each with its length. */
    static byte[] link(byte[] previous, Document event) {
        MessageDigest digest = sha256();
        digest.update(previous);
        Document content = event == null ? CLAIMED : event;
        for (String field : List.of("id", "payload", "metaData")) {
            Object value = content.get(field);
            byte[] bytes = value == null ? new byte[0] : value.toString().getBytes(StandardCharsets.UTF_8);
            digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            digest.update(bytes);
        }
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
