package app.ponte.live;

import app.ponte.readmodel.BatchedCollection;
import app.ponte.readmodel.Change;
import app.ponte.readmodel.ReadModelBatch;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.Document;

/**
 * A small collection with one counter per topic ("program:&lt;id&gt;", "followups", ...), bumped by projections
 * after they write. A projection runs only on the instance that owns its segment, so emitting there alone would
 * leave screens on other instances stale; every instance instead polls these counters (see {@link ChangeRelay}).
 */
public class ReadModelChanges {

    static final String COLLECTION = "read_model_changes";

    private final MongoCollection<Document> counters;
    private final BatchedCollection batched;
    private final Clock clock;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public ReadModelChanges(MongoDatabase database) {
        this(database, Clock.systemUTC());
    }

    public ReadModelChanges(MongoDatabase database, Clock clock) {
        this.counters = database.getCollection(COLLECTION);
        this.batched = new BatchedCollection(counters);
        this.clock = clock;
    }

    /** A topic's counter and when it last moved (null for a counter last moved before the time was kept). */
    public record Stamp(long version, Instant at) {}

    /*
     * Within a processor's batch each topic is bumped once, when the batch is written, however many of its events
     * touched it: a screen only needs to know that its topic changed, not how often. $max on the time, so that an
     * instance whose clock is behind never moves a topic's time back.
     */
    public void touch(String... topics) {
        for (String topic : topics) {
            ReadModelBatch.once(new Touch(this, topic), () -> batched.upsert(topic,
                    Change.of().andInc("version", 1L).andMax("at", Date.from(clock.instant()))));
        }
        ReadModelBatch.onceAfter(new Touch(this, null), () -> listeners.forEach(Runnable::run));
    }

    private record Touch(ReadModelChanges changes, String topic) {
    }

    /**
     * Runs {@code listener} after each touch made on this instance, so its relay can look at once rather than at its
     * next tick; touches made on other instances are still found by polling.
     */
    public void afterTouch(Runnable listener) {
        listeners.add(listener);
    }

    /** Every topic's counter; the collection holds one small document per topic, so reading it whole is cheap. */
    public Map<String, Long> versions() {
        var versions = new HashMap<String, Long>();
        for (Document document : counters.find()) {
            versions.put(document.getString("_id"), ((Number) document.get("version")).longValue());
        }
        return versions;
    }

    /**
     * The counters of the given topics, in one read by id; a topic never touched is absent. A document that depends
     * on these topics alone has changed when one of them has, so its validator can be taken from them without
     * building the document.
     */
    public Map<String, Stamp> stamps(Collection<String> topics) {
        var stamps = new HashMap<String, Stamp>();
        if (topics.isEmpty()) {
            return stamps;
        }
        for (Document document : counters.find(Filters.in("_id", List.copyOf(topics)))) {
            var at = document.getDate("at");
            stamps.put(document.getString("_id"), new Stamp(((Number) document.get("version")).longValue(),
                    at == null ? null : at.toInstant()));
        }
        return stamps;
    }

    public static String program(Object programId) {
        return "program:" + programId;
    }

    public static String mission(Object missionId) {
        return "mission:" + missionId;
    }

    public static final String PROGRAMS = "programs";
    public static final String FOLLOW_UPS = "followups";
    public static final String OPPORTUNITIES = "opportunities";
    public static final String DIRECTORY = "directory";
}
