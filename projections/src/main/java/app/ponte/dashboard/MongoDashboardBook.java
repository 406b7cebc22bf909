package app.ponte.dashboard;

import app.ponte.program.ProgramId;
import app.ponte.readmodel.BatchedCollection;
import app.ponte.readmodel.Change;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;

/**
 * The live dashboard read model. A program's entries are spread over {@value #BUCKETS} documents keyed
 * {@code <program>/<bucket>} by a hash of the entry's id, so an event rewrites a small document (the embedded server
 * copies a whole document on every update) and the dashboard query is still one {@code $in} on {@code _id}. Entries
 * are written with {@code $set} on their own paths: a replayed event writes the same values again, and projections in
 * different segments never overwrite each other's entries.
 */
final class MongoDashboardBook implements DashboardBook {

    static final String PROGRAMS = "dashboard_programs";
    static final String ENTRIES = "dashboard_entries";
    static final String MISSIONS = "dashboard_missions";
    static final String ORGANIZATIONS = "dashboard_organizations";
    static final String FEEDS = "dashboard_feeds";
    static final int BUCKETS = 32;
    /** Newest first, as {@link DashboardBook#withActivity} orders the feed. */
    private static final Document FEED_ORDER = new Document("at", -1).append("id", 1);

    private final int feedLength;
    private final MongoCollection<Document> headers;
    private final MongoCollection<Document> entries;
    private final MongoCollection<Document> missions;
    private final MongoCollection<Document> organizations;
    private final MongoCollection<Document> feeds;
    private final Map<String, BatchedCollection> batchedBy = new ConcurrentHashMap<>();

    MongoDashboardBook(MongoDatabase database, int feedLength) {
        this.feedLength = feedLength;
        this.headers = database.getCollection(PROGRAMS);
        this.entries = database.getCollection(ENTRIES);
        this.missions = database.getCollection(MISSIONS);
        this.organizations = database.getCollection(ORGANIZATIONS);
        this.feeds = database.getCollection(FEEDS);
    }

    @Override
    public void header(ProgramId program, Document fields) {
        batched(headers).upsert(program.toString(),
                fields.isEmpty() ? Change.of().andSetOnInsert("known", true) : Change.assign("", fields));
    }

    @Override
    public void put(ProgramId program, String section, String id, Document entry) {
        batched(entries).upsert(bucket(program, id), Change.set(section + "." + id, entry));
    }

    @Override
    public void merge(ProgramId program, String section, String id, Document fields) {
        batched(entries).upsert(bucket(program, id), Change.assign(section + "." + id + ".", fields));
    }

    @Override
    public void remove(ProgramId program, String section, String id) {
        batched(entries).update(bucket(program, id), Change.unset(section + "." + id));
    }

    @Override
    public Object field(ProgramId program, String section, String id, String field) {
        // In a batch the bucket is read whole, once, and kept with the batch's own writes in it.
        var found = BatchedCollection.inBatch() ? batched(entries).find(bucket(program, id))
                : entries.find(Filters.eq("_id", bucket(program, id)))
                        .projection(Projections.include(section + "." + id + "." + field)).first();
        var inSection = found == null ? null : found.get(section, Document.class);
        var entry = inSection == null ? null : inSection.get(id, Document.class);
        return entry == null ? null : entry.get(field);
    }

    @Override
    public void missionOf(String missionId, ProgramId program) {
        batched(missions).replace(new Document("_id", missionId).append("programId", program.toString()));
    }

    @Override
    public ProgramId programOf(String missionId) {
        var mission = batched(missions).find(missionId);
        return mission == null ? null : ProgramId.of(mission.getString("programId"));
    }

    @Override
    public void organization(String organizationId, Document fields) {
        batched(organizations).upsert(organizationId, Change.assign("", fields));
    }

    /*
     * The feed keeps the latest entries only, so it cannot be a set of keyed paths. An activity is pushed, sorted in
     * and the feed cut to its length in one update, on condition that the feed does not hold it yet: the server does
     * all of it atomically, so projections in different segments need no version between them, and the feed ends as
     * DashboardBook.withActivity would leave it. The feed is read first only to skip a replayed activity without a
     * write; in a batch it is read once.
     */
    @Override
    public void record(ProgramId program, Document activity) {
        var key = program.toString();
        var id = activity.getString("id");
        var feed = batched(feeds).find(key);
        if (feed != null && feed.getList("items", Document.class, List.of()).stream()
                .anyMatch(item -> id.equals(item.getString("id")))) {
            return;
        }
        if (feed == null) {
            batched(feeds).upsert(key, Change.of().andSetOnInsert("items", List.of()));
        }
        batched(feeds).update(key, Filters.ne("items.id", id),
                Change.of().andPush("items", activity, FEED_ORDER, feedLength), false);
    }

    @Override
    public ProgramBook read(ProgramId program) {
        var key = program.toString();
        var header = headers.find(Filters.eq("_id", key)).first();
        var feed = feeds.find(Filters.eq("_id", key)).first();
        return new ProgramBook(key, header == null ? new Document("_id", key) : header, sections(List.of(key)).get(key),
                feed == null ? List.of() : feed.getList("items", Document.class));
    }

    @Override
    public List<ProgramBook> read(Collection<ProgramId> programs) {
        var keys = programs.stream().map(ProgramId::toString).toList();
        var found = new ArrayList<Document>();
        headers.find(Filters.in("_id", keys)).forEach(found::add);
        var sections = sections(found.stream().map(header -> header.getString("_id")).toList());
        return found.stream().map(header -> new ProgramBook(header.getString("_id"), header,
                sections.get(header.getString("_id")), List.of())).toList();
    }

    /** Every listed program's entries, gathered from all its buckets in one {@code $in} on {@code _id}. */
    private Map<String, Map<String, Map<String, Document>>> sections(List<String> programs) {
        var result = new HashMap<String, Map<String, Map<String, Document>>>();
        var bucketIds = new ArrayList<String>();
        for (String program : programs) {
            result.put(program, new HashMap<>());
            for (int bucket = 0; bucket < BUCKETS; bucket++) {
                bucketIds.add(program + "/" + bucket);
            }
        }
        if (bucketIds.isEmpty()) {
            return result;
        }
        var seen = new HashSet<Object>();
        for (Document bucket : entries.find(Filters.in("_id", bucketIds))) {
            if (!seen.add(bucket.get("_id"))) {
                continue;
            }
            var id = bucket.getString("_id");
            var program = result.get(id.substring(0, id.lastIndexOf('/')));
            for (String section : SECTIONS) {
                var inBucket = bucket.get(section, Document.class);
                if (inBucket != null) {
                    var all = program.computeIfAbsent(section, name -> new LinkedHashMap<>());
                    inBucket.forEach((entryId, entry) -> all.put(entryId, (Document) entry));
                }
            }
        }
        return result;
    }

    @Override
    public Set<ProgramId> programs() {
        var ids = new HashSet<ProgramId>();
        for (Document header : headers.find().projection(new Document("_id", 1))) {
            ids.add(ProgramId.of(header.getString("_id")));
        }
        return ids;
    }

    @Override
    public Map<String, Document> organizations(Collection<String> organizationIds) {
        var known = new HashMap<String, Document>();
        if (!organizationIds.isEmpty()) {
            organizations.find(Filters.in("_id", organizationIds)).forEach(o -> known.put(o.getString("_id"), o));
        }
        return known;
    }

    @Override
    public void reset() {
        for (var collection : List.of(headers, entries, missions, organizations, feeds)) {
            collection.deleteMany(new Document());
        }
    }

    private static String bucket(ProgramId program, String entryId) {
        return program + "/" + Math.floorMod(entryId.hashCode(), BUCKETS);
    }

    private BatchedCollection batched(MongoCollection<Document> collection) {
        return batchedBy.computeIfAbsent(collection.getNamespace().getCollectionName(),
                name -> new BatchedCollection(collection));
    }
}
