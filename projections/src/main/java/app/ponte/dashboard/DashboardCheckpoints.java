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
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checkpoints of every program's dashboard along the global stream, so that a dashboard "as of" a past moment folds
 * only the events after the nearest checkpoint instead of the whole stream.
 *
 * <p>The dashboard's own handlers fold every event, in global order, into one {@link InMemoryDashboardBook}. Each time
 * the fold passes another multiple {@code k} of {@code every} global numbers, it stores, for each program (and for
 * what all programs share: the missions' programs and the organizations) only the entries written since the previous
 * checkpoint: a <em>piece</em> {@code <program>@<k>}, cut into parts {@code <program>@<k>#<n>} of at most
 * {@code partBytes} each, so no document grows with the program. A program's state at checkpoint {@code k} is its
 * <em>chain</em>: the last piece stored whole at or before {@code k}, then the pieces of changes after it, in order;
 * part 0 of every piece lists its chain, so the parts to read are known by {@code _id} alone. A piece is stored whole
 * instead of as changes once the changes since the last whole piece outnumber that piece's entries (or the chain gets
 * long): storage stays a small multiple of what changed, and a rebuild reads at most about twice the program's state.
 *
 * <p>Beside the pieces, a document {@code @<k>} holds the fold's position, the latest event time it has seen, at which
 * checkpoint each program's chain last grew, and how many events were applied to each; an index document lists the
 * checkpoints with their positions and latest times, and the format they are stored in. The embedded server serves no
 * range queries, so the nearest usable checkpoint is found by reading the index, then {@code @<k>}, then the pieces'
 * first parts and the other parts by {@code _id}.
 *
 * <p>A checkpoint can stand in for the events up to a moment only when no event it covers is stamped after that
 * moment, hence its latest time. Checkpoints are derived from the events alone: {@link #reset()} drops them and
 * {@link #extend()} builds them again; checkpoints stored in an older format are dropped and built again the same way.
 */
public final class DashboardCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(DashboardCheckpoints.class);

    static final String COLLECTION = "dashboard_checkpoints";
    /**
     * The format of the stored checkpoints; the index of an older one (whole programs, no format; or, format 2,
     * opportunities without their outcome) is rebuilt.
     */
    static final int FORMAT = 3;
    static final String INDEX = "index";
    /** Room for a part's entries: a quarter of MongoDB's 16 MB per document. */
    static final int PART_BYTES = 4 * 1024 * 1024;
    // A chain this long is stored whole next time, so that a program changing a little at every checkpoint is rebuilt
    // from a bounded number of pieces.
    private static final int LONGEST_CHAIN = 64;
    // The count of events that concern every program, under the name StreamsByProgram gives every program.
    private static final String EVERY = StreamsByProgram.EVERY_PROGRAM.iterator().next();
    private static final String SHARED = InMemoryDashboardBook.SHARED;
    // The shared piece's entries for StreamsByProgram's own missions, which the book does not hold.
    private static final String STREAM_MISSION = "w";
    private static final Comparator<Document> BY_SLOT = Comparator.comparing((Document entry) -> entry.getString("s"))
            .thenComparing(entry -> entry.getString("i"), Comparator.nullsFirst(Comparator.naturalOrder()));
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> checkpoints;
    private final Codec<Document> codec;
    private final EventStorageEngine engine;
    private final long every;
    private final int partBytes;

    // The fold between two extensions; null until resumed from the stored checkpoints.
    private InMemoryDashboardBook book;
    private AnnotationEventHandlerAdapter handlers;
    private StreamsByProgram streams;
    private Map<String, String> streamsStored;
    private Map<String, Long> applied;
    private Map<String, Long> storedAt;
    private Map<String, Chain> chains;
    private long position;
    private long lastCheckpoint;
    private Instant latest;

    public DashboardCheckpoints(MongoDatabase database, EventStorageEngine engine, long every) {
        this(database, engine, every, PART_BYTES);
    }

    DashboardCheckpoints(MongoDatabase database, EventStorageEngine engine, long every, int partBytes) {
        if (every < 1) {
            throw new IllegalArgumentException("every: a checkpoint needs at least 1 event between two, not " + every);
        }
        if (partBytes < 1) {
            throw new IllegalArgumentException("partBytes: a part needs room for at least 1 byte, not " + partBytes);
        }
        this.checkpoints = database.getCollection(COLLECTION);
        this.codec = database.getCodecRegistry().get(Document.class);
        this.engine = engine;
        this.every = every;
        this.partBytes = partBytes;
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
     * clock at {@code clock}, ready to fold the events after {@link Resumed#from()}; empty when there is none (or the
     * checkpoints are being rebuilt).
     */
    public Optional<Resumed> resume(ProgramId program, Instant at, Clock clock) {
        var index = checkpoints.find(Filters.eq("_id", INDEX)).first();
        if (index == null || index.getInteger("format", 1) != FORMAT) {
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
        var root = checkpoints.find(Filters.eq("_id", "@" + usable.getLong("k"))).first();
        if (root == null) {
            return Optional.empty();
        }
        var key = program.toString();
        var stored = root.get("storedAt", Document.class);
        var heads = new ArrayList<String>();
        for (String space : List.of(SHARED, key)) {
            var in = stored.get(space, Number.class);
            if (in != null) {
                heads.add(partId(space, in.longValue(), 0));
            }
        }
        var restored = new InMemoryDashboardBook(ProgramDashboardProjection.FEED_LENGTH);
        var missions = new HashMap<String, String>();
        if (!restore(heads, restored, missions)) {
            return Optional.empty();
        }
        var counts = root.get("applied", Document.class);
        long folded = counts.get(EVERY, 0L) + counts.get(key, 0L);
        return Optional.of(new Resumed(new ProgramDashboardProjection(restored, null, clock),
                new GlobalSequenceTrackingToken(root.getLong("position")), folded, new StreamsByProgram(missions)));
    }

    /**
     * A program's dashboard resumed from a checkpoint.
     *
     * @param applied how many events the checkpoint's fold applied to this program's dashboard
     * @param streams which program each mission belongs to at the checkpoint, to go on telling events apart
     */
    public record Resumed(ProgramDashboardProjection projection, TrackingToken from, long applied,
            StreamsByProgram streams) {}

    /** A space's pieces since (and with) the last one stored whole, and how many entries went into each kind. */
    private record Chain(List<Document> links, long whole, long changes) {

        static Chain of(Document head) {
            return new Chain(head.getList("chain", Document.class), head.getLong("whole"), head.getLong("changes"));
        }
    }

    private void store(long k) {
        var changed = book.drainChanged();
        var streamMissions = streams.missions();
        var movedMissions = new ArrayList<String>();
        streamMissions.forEach((mission, program) -> {
            if (!program.equals(streamsStored.get(mission))) {
                movedMissions.add(mission);
            }
        });
        if (!movedMissions.isEmpty()) {
            changed.computeIfAbsent(SHARED, space -> new HashSet<>());
        }
        for (var space : changed.entrySet()) {
            var chain = chains.get(space.getKey());
            int changes = space.getValue().size() + (SHARED.equals(space.getKey()) ? movedMissions.size() : 0);
            boolean whole = chain == null || chain.changes() + changes > chain.whole()
                    || chain.links().size() >= LONGEST_CHAIN;
            var entries = whole ? book.entries(space.getKey()) : book.entries(space.getKey(), space.getValue());
            if (SHARED.equals(space.getKey())) {
                for (String mission : whole ? streamMissions.keySet() : movedMissions) {
                    entries.add(new Document("s", STREAM_MISSION).append("i", mission)
                            .append("v", streamMissions.get(mission)));
                }
            }
            chains.put(space.getKey(), storePiece(space.getKey(), k, entries, whole ? null : chain));
            storedAt.put(space.getKey(), k);
        }
        streamsStored = streamMissions;
        var root = new Document("_id", "@" + k).append("position", position).append("latest", latest.toString())
                .append("storedAt", new Document(new HashMap<String, Object>(storedAt)))
                .append("applied", new Document(new HashMap<String, Object>(applied)));
        checkpoints.replaceOne(Filters.eq("_id", root.getString("_id")), root, UPSERT);
        // Listed last: the index names only checkpoints whose documents are all written. Every instance folds the
        // same events into the same checkpoint, so a set keeps one entry however many instances list it.
        checkpoints.updateOne(Filters.eq("_id", INDEX), Updates.combine(Updates.set("format", FORMAT),
                Updates.addToSet("checkpoints", new Document("k", k).append("position", position)
                        .append("latest", latest.toString()))), new UpdateOptions().upsert(true));
        lastCheckpoint = k;
    }

    /** Stores the entries as the piece {@code <space>@<k>}, after {@code previous} or whole; returns its chain. */
    private Chain storePiece(String space, long k, List<Document> entries, Chain previous) {
        // In a fixed order, so that every instance cuts the same parts, whatever order its book holds them in.
        entries.sort(BY_SLOT);
        var parts = new ArrayList<List<Document>>();
        var part = new ArrayList<Document>();
        long bytes = 0;
        for (Document entry : entries) {
            long size = new RawBsonDocument(entry, codec).getByteBuffer().remaining();
            if (!part.isEmpty() && bytes + size > partBytes) {
                parts.add(part);
                part = new ArrayList<>();
                bytes = 0;
            }
            part.add(entry);
            bytes += size;
        }
        parts.add(part);
        var links = new ArrayList<Document>(previous == null ? List.of() : previous.links());
        links.add(new Document("k", k).append("parts", parts.size()));
        var chain = previous == null ? new Chain(links, entries.size(), 0)
                : new Chain(links, previous.whole(), previous.changes() + entries.size());
        for (int n = parts.size() - 1; n >= 0; n--) {
            var id = partId(space, k, n);
            var document = new Document("_id", id).append("entries", parts.get(n));
            if (n == 0) {
                document.append("chain", links).append("whole", chain.whole()).append("changes", chain.changes());
            }
            checkpoints.replaceOne(Filters.eq("_id", id), document, UPSERT);
        }
        return chain;
    }

    /**
     * Rebuilds into {@code into} the spaces whose pieces' first parts are {@code heads}, by reading every part of their
     * chains; the stream's missions go to {@code missions}. False when a part is missing (a rebuild under way).
     */
    private boolean restore(Collection<String> heads, InMemoryDashboardBook into, Map<String, String> missions) {
        return restore(heads, into, missions, new HashMap<>());
    }

    private boolean restore(Collection<String> heads, InMemoryDashboardBook into, Map<String, String> missions,
            Map<String, Chain> chainsFound) {
        if (heads.isEmpty()) {
            return true;
        }
        var parts = new HashMap<String, Document>();
        for (Document head : checkpoints.find(Filters.in("_id", heads))) {
            parts.put(head.getString("_id"), head);
        }
        if (parts.size() < heads.size()) {
            return false;
        }
        var more = new ArrayList<String>();
        for (String head : heads) {
            var space = head.substring(0, head.lastIndexOf('@'));
            var chain = Chain.of(parts.get(head));
            chainsFound.put(space, chain);
            for (Document link : chain.links()) {
                for (int n = 0; n < link.getInteger("parts"); n++) {
                    var id = partId(space, link.getLong("k"), n);
                    if (!parts.containsKey(id)) {
                        more.add(id);
                    }
                }
            }
        }
        if (!more.isEmpty()) {
            for (Document part : checkpoints.find(Filters.in("_id", more))) {
                parts.put(part.getString("_id"), part);
            }
        }
        for (String head : heads) {
            var space = head.substring(0, head.lastIndexOf('@'));
            for (Document link : chainsFound.get(space).links()) {
                for (int n = 0; n < link.getInteger("parts"); n++) {
                    var part = parts.get(partId(space, link.getLong("k"), n));
                    if (part == null) {
                        return false;
                    }
                    for (Document entry : part.getList("entries", Document.class)) {
                        if (STREAM_MISSION.equals(entry.getString("s"))) {
                            missions.put(entry.getString("i"), entry.getString("v"));
                        } else {
                            into.restore(space, entry);
                        }
                    }
                }
            }
        }
        return true;
    }

    /** Picks the fold up where the last stored checkpoint left it, or at the start of the stream. */
    private void resume() {
        book = new InMemoryDashboardBook(ProgramDashboardProjection.FEED_LENGTH);
        handlers = new AnnotationEventHandlerAdapter(new ProgramDashboardProjection(book, null, Clock.systemUTC()));
        applied = new HashMap<>();
        storedAt = new HashMap<>();
        chains = new HashMap<>();
        streamsStored = Map.of();
        position = 0;
        lastCheckpoint = 0;
        latest = null;
        streams = new StreamsByProgram();
        var index = checkpoints.find(Filters.eq("_id", INDEX)).first();
        if (index != null && index.getInteger("format", 1) != FORMAT) {
            log.info("Dropping the dashboard checkpoints stored in format {} to build them again in format {}",
                    index.getInteger("format", 1), FORMAT);
            checkpoints.deleteMany(new Document());
            index = null;
        }
        var listed = index == null ? List.<Document>of() : index.getList("checkpoints", Document.class);
        if (listed.isEmpty()) {
            return;
        }
        long k = listed.stream().mapToLong(checkpoint -> checkpoint.getLong("k")).max().orElseThrow();
        var root = checkpoints.find(Filters.eq("_id", "@" + k)).first();
        var heads = new ArrayList<String>();
        root.get("storedAt", Document.class).forEach((space, at) -> {
            storedAt.put(space, ((Number) at).longValue());
            heads.add(partId(space, ((Number) at).longValue(), 0));
        });
        root.get("applied", Document.class).forEach((program, n) -> applied.put(program, ((Number) n).longValue()));
        var missions = new HashMap<String, String>();
        if (!restore(heads, book, missions, chains)) {
            book = null;
            throw new IllegalStateException("Dashboard checkpoint " + k + " lists pieces that are not stored");
        }
        streams = new StreamsByProgram(missions);
        streamsStored = Map.copyOf(missions);
        book.drainChanged();
        position = root.getLong("position");
        latest = Instant.parse(root.getString("latest"));
        lastCheckpoint = k;
    }

    private static String partId(String space, long k, int part) {
        return space + "@" + k + "#" + part;
    }

}
