package app.ponte.dashboard;

import app.ponte.program.ProgramId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;

/**
 * Checkpoints of every program's dashboard along the global stream, so that a dashboard "as of" a past moment folds
 * only the events after the nearest checkpoint instead of the whole stream.
 *
 * <p>The dashboard's own handlers fold every event, in global order, into one {@link InMemoryDashboardBook}. Each time
 * the fold passes another multiple {@code k} of {@code every} global numbers, it stores each program written since the
 * previous checkpoint as a document {@code <program>@<k>}, and a shared document {@code @<k>}: the fold's position,
 * the latest event time it has seen, the missions' programs, the organizations, and at which checkpoint each program
 * was last stored. An index document lists the checkpoints with their positions and latest times. The embedded server
 * serves no range queries, so the nearest usable checkpoint is found by reading the index and then two documents by
 * {@code _id}.
 *
 * <p>A checkpoint can stand in for the events up to a moment only when no event it covers is stamped after that
 * moment, hence its latest time. Checkpoints are derived from the events alone: {@link #reset()} drops them and
 * {@link #extend()} builds them again.
 */
public final class DashboardCheckpoints {

    static final String COLLECTION = "dashboard_checkpoints";
    private static final String INDEX = "index";
    // The count of events that concern every program, under the name StreamsByProgram gives every program.
    private static final String SHARED = StreamsByProgram.EVERY_PROGRAM.iterator().next();
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> checkpoints;
    private final EventStorageEngine engine;
    private final long every;

    // The fold between two extensions; null until resumed from the stored checkpoints.
    private InMemoryDashboardBook book;
    private AnnotationEventHandlerAdapter handlers;
    private StreamsByProgram streams;
    private Map<String, Long> applied;
    private Map<String, Long> storedAt;
    private long position;
    private long lastCheckpoint;
    private Instant latest;

    public DashboardCheckpoints(MongoDatabase database, EventStorageEngine engine, long every) {
        if (every < 1) {
            throw new IllegalArgumentException("every: a checkpoint needs at least 1 event between two, not " + every);
        }
        this.checkpoints = database.getCollection(COLLECTION);
        this.engine = engine;
        this.every = every;
    }

    /** Folds the events stored since the last call, storing a checkpoint at each multiple passed; returns how many. */
    public synchronized long extend() {
        if (book == null) {
            resume();
        }
        long folded = 0;
        try (var stream = engine.readEvents(new GlobalSequenceTrackingToken(position), false)) {
            var events = stream.iterator();
            while (events.hasNext()) {
                TrackedEventMessage<?> event = events.next();
                var programs = streams.programsOf(event);
                if (handlers.canHandle(event)) {
                    programs.forEach(program -> applied.merge(program, 1L, Long::sum));
                    handlers.handle(event);
                }
                latest = latest == null || event.getTimestamp().isAfter(latest) ? event.getTimestamp() : latest;
                position = event.trackingToken().position().orElseThrow();
                folded++;
                if (position / every > lastCheckpoint) {
                    store(position / every);
                }
            }
        } catch (Exception e) {
            // The fold may be half through an event: the next call starts again from the last stored checkpoint.
            book = null;
            throw e instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("Folding the dashboard checkpoints failed after " + position, e);
        }
        return folded;
    }

    /** Drops every checkpoint; the next {@link #extend()} folds the stream from its first event. */
    public synchronized void reset() {
        checkpoints.deleteMany(new Document());
        book = null;
    }

    /**
     * The program's dashboard folded up to the latest checkpoint that lies wholly at or before {@code at}, with its
     * clock at {@code clock}, ready to fold the events after {@link Resumed#from()}; empty when there is none.
     */
    public Optional<Resumed> resume(ProgramId program, Instant at, Clock clock) {
        var index = checkpoints.find(Filters.eq("_id", INDEX)).first();
        if (index == null) {
            return Optional.empty();
        }
        Document usable = null;
        for (Document checkpoint : index.getList("checkpoints", Document.class)) {
            if (!Instant.parse(checkpoint.getString("latest")).isAfter(at)
                    && (usable == null || checkpoint.getLong("k") > usable.getLong("k"))) {
                usable = checkpoint;
            }
        }
        if (usable == null) {
            return Optional.empty();
        }
        var shared = checkpoints.find(Filters.eq("_id", "@" + usable.getLong("k"))).first();
        if (shared == null) {
            return Optional.empty();
        }
        var restored = new InMemoryDashboardBook(ProgramDashboardProjection.FEED_LENGTH);
        restored.restoreShared(shared.get("book", Document.class));
        var key = program.toString();
        var storedIn = shared.get("storedAt", Document.class).get(key, Number.class);
        if (storedIn != null) {
            var state = checkpoints.find(Filters.eq("_id", key + "@" + storedIn.longValue())).first();
            if (state == null) {
                return Optional.empty();
            }
            restored.restoreProgram(key, state.get("state", Document.class));
        }
        var counts = shared.get("applied", Document.class);
        long folded = counts.get(SHARED, 0L) + counts.get(key, 0L);
        var missions = new HashMap<String, String>();
        shared.get("missions", Document.class).forEach((mission, in) -> missions.put(mission, (String) in));
        return Optional.of(new Resumed(new ProgramDashboardProjection(restored, null, clock),
                new GlobalSequenceTrackingToken(shared.getLong("position")), folded, new StreamsByProgram(missions)));
    }

    /**
     * A program's dashboard resumed from a checkpoint.
     *
     * @param applied how many events the checkpoint's fold applied to this program's dashboard
     * @param streams which program each mission belongs to at the checkpoint, to go on telling events apart
     */
    public record Resumed(ProgramDashboardProjection projection, TrackingToken from, long applied,
            StreamsByProgram streams) {}

    private void store(long k) {
        for (String program : book.drainTouched()) {
            checkpoints.replaceOne(Filters.eq("_id", program + "@" + k), new Document("_id", program + "@" + k)
                    .append("state", book.programState(program)), UPSERT);
            storedAt.put(program, k);
        }
        var shared = new Document("_id", "@" + k).append("position", position).append("latest", latest.toString())
                .append("book", book.sharedState()).append("missions", new Document(new HashMap<>(streams.missions())))
                .append("storedAt", new Document(new HashMap<String, Object>(storedAt)))
                .append("applied", new Document(new HashMap<String, Object>(applied)));
        checkpoints.replaceOne(Filters.eq("_id", shared.getString("_id")), shared, UPSERT);
        // Listed last: the index names only checkpoints whose documents are all written. Every instance folds the
        // same events into the same checkpoint, so a set keeps one entry however many instances list it.
        checkpoints.updateOne(Filters.eq("_id", INDEX), Updates.addToSet("checkpoints", new Document("k", k)
                .append("position", position).append("latest", latest.toString())), new UpdateOptions().upsert(true));
        lastCheckpoint = k;
    }

    /** Picks the fold up where the last stored checkpoint left it, or at the start of the stream. */
    private void resume() {
        book = new InMemoryDashboardBook(ProgramDashboardProjection.FEED_LENGTH);
        handlers = new AnnotationEventHandlerAdapter(new ProgramDashboardProjection(book, null, Clock.systemUTC()));
        applied = new HashMap<>();
        storedAt = new HashMap<>();
        position = 0;
        lastCheckpoint = 0;
        latest = null;
        streams = new StreamsByProgram();
        var index = checkpoints.find(Filters.eq("_id", INDEX)).first();
        var listed = index == null ? List.<Document>of() : index.getList("checkpoints", Document.class);
        if (listed.isEmpty()) {
            return;
        }
        long k = listed.get(listed.size() - 1).getLong("k");
        var shared = checkpoints.find(Filters.eq("_id", "@" + k)).first();
        book.restoreShared(shared.get("book", Document.class));
        shared.get("storedAt", Document.class)
                .forEach((program, at) -> storedAt.put(program, ((Number) at).longValue()));
        shared.get("applied", Document.class).forEach((program, n) -> applied.put(program, ((Number) n).longValue()));
        var missions = new HashMap<String, String>();
        shared.get("missions", Document.class).forEach((mission, in) -> missions.put(mission, (String) in));
        streams = new StreamsByProgram(missions);
        var ids = new ArrayList<String>();
        storedAt.forEach((program, at) -> ids.add(program + "@" + at));
        if (!ids.isEmpty()) {
            for (Document state : checkpoints.find(Filters.in("_id", ids))) {
                var id = state.getString("_id");
                book.restoreProgram(id.substring(0, id.indexOf('@')), state.get("state", Document.class));
            }
        }
        book.drainTouched();
        position = shared.getLong("position");
        latest = Instant.parse(shared.getString("latest"));
        lastCheckpoint = k;
    }
}
