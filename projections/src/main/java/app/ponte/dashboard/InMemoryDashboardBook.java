package app.ponte.dashboard;

import app.ponte.program.ProgramId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bson.Document;

/**
 * The dashboard's book in plain maps, for folding events into a dashboard that nobody else reads: the dashboard "as
 * of" a past moment is built here without a single database write. Not thread-safe; one fold, one thread.
 */
final class InMemoryDashboardBook implements DashboardBook {

    private final int feedLength;
    private final Map<String, Document> headers = new HashMap<>();
    private final Map<String, Map<String, Map<String, Document>>> sections = new HashMap<>();
    private final Map<String, List<Document>> feeds = new HashMap<>();
    private final Map<String, ProgramId> missions = new HashMap<>();
    private final Map<String, Document> organizations = new HashMap<>();
    // Programs written to since the last checkpoint, so a checkpoint stores only what changed.
    private final Set<String> touched = new java.util.HashSet<>();

    InMemoryDashboardBook(int feedLength) {
        this.feedLength = feedLength;
    }

    @Override
    public void header(ProgramId program, Document fields) {
        touched.add(program.toString());
        assign(headerOf(program), fields);
    }

    @Override
    public void put(ProgramId program, String section, String id, Document entry) {
        touched.add(program.toString());
        sectionOf(program, section).put(id, new Document(entry));
    }

    @Override
    public void merge(ProgramId program, String section, String id, Document fields) {
        touched.add(program.toString());
        assign(sectionOf(program, section).computeIfAbsent(id, key -> new Document()), fields);
    }

    @Override
    public void remove(ProgramId program, String section, String id) {
        touched.add(program.toString());
        sectionOf(program, section).remove(id);
    }

    @Override
    public Object field(ProgramId program, String section, String id, String field) {
        var entry = sections.getOrDefault(program.toString(), Map.of()).getOrDefault(section, Map.of()).get(id);
        return entry == null ? null : entry.get(field);
    }

    @Override
    public void missionOf(String missionId, ProgramId program) {
        missions.put(missionId, program);
    }

    @Override
    public ProgramId programOf(String missionId) {
        return missions.get(missionId);
    }

    @Override
    public void organization(String organizationId, Document fields) {
        assign(organizations.computeIfAbsent(organizationId, id -> new Document("_id", id)), fields);
    }

    @Override
    public void record(ProgramId program, Document activity) {
        var feed = feeds.getOrDefault(program.toString(), List.of());
        var next = DashboardBook.withActivity(feed, activity, feedLength);
        if (next != null) {
            touched.add(program.toString());
            feeds.put(program.toString(), next);
        }
    }

    @Override
    public ProgramBook read(ProgramId program) {
        var key = program.toString();
        return new ProgramBook(key, headers.getOrDefault(key, new Document("_id", key)),
                sections.getOrDefault(key, Map.of()), feeds.getOrDefault(key, List.of()));
    }

    @Override
    public List<ProgramBook> read(Collection<ProgramId> programs) {
        var books = new ArrayList<ProgramBook>();
        for (ProgramId program : programs) {
            if (headers.containsKey(program.toString())) {
                var book = read(program);
                books.add(new ProgramBook(book.programId(), book.header(), book.sections(), List.of()));
            }
        }
        return books;
    }

    @Override
    public Set<ProgramId> programs() {
        var known = new java.util.HashSet<ProgramId>();
        headers.keySet().forEach(id -> known.add(ProgramId.of(id)));
        return known;
    }

    @Override
    public Map<String, Document> organizations(Collection<String> organizationIds) {
        var found = new HashMap<String, Document>();
        organizationIds.stream().map(organizations::get).filter(Objects::nonNull)
                .forEach(organization -> found.put(organization.getString("_id"), organization));
        return found;
    }

    @Override
    public void reset() {
        headers.clear();
        sections.clear();
        feeds.clear();
        missions.clear();
        organizations.clear();
    }

    // ---- checkpoints: the book's content as documents, and back

    /** The programs written to since the last call. */
    Set<String> drainTouched() {
        var drained = Set.copyOf(touched);
        touched.clear();
        return drained;
    }

    /** One program's header, entries and feed. */
    Document programState(String program) {
        var bySection = new Document();
        sections.getOrDefault(program, Map.of()).forEach((section, entries) -> bySection.put(section,
                new Document(new LinkedHashMap<String, Object>(entries))));
        var state = new Document("sections", bySection).append("feed", feeds.getOrDefault(program, List.of()));
        if (headers.containsKey(program)) {
            state.append("header", headers.get(program));
        }
        return state;
    }

    void restoreProgram(String program, Document state) {
        var header = state.get("header", Document.class);
        if (header != null) {
            headers.put(program, new Document(header));
        }
        var bySection = state.get("sections", Document.class);
        bySection.forEach((section, entries) -> {
            var restored = new LinkedHashMap<String, Document>();
            ((Document) entries).forEach((id, entry) -> restored.put(id, new Document((Document) entry)));
            sections.computeIfAbsent(program, id -> new HashMap<>()).put(section, restored);
        });
        feeds.put(program, new ArrayList<>(state.getList("feed", Document.class)));
    }

    /** What every program's dashboard shares: the missions' programs and the organizations. */
    Document sharedState() {
        var byMission = new Document();
        missions.forEach((mission, program) -> byMission.put(mission, program.toString()));
        return new Document("missions", byMission)
                .append("organizations", new Document(new LinkedHashMap<String, Object>(organizations)));
    }

    void restoreShared(Document state) {
        state.get("missions", Document.class).forEach((mission, program) ->
                missions.put(mission, ProgramId.of((String) program)));
        state.get("organizations", Document.class).forEach((id, organization) ->
                organizations.put(id, new Document((Document) organization)));
    }

    private Document headerOf(ProgramId program) {
        return headers.computeIfAbsent(program.toString(), id -> new Document("_id", id));
    }

    private Map<String, Document> sectionOf(ProgramId program, String section) {
        return sections.computeIfAbsent(program.toString(), id -> new HashMap<>())
                .computeIfAbsent(section, name -> new LinkedHashMap<>());
    }

    private static void assign(Document target, Document fields) {
        fields.forEach((name, value) -> {
            if (value == null) {
                target.remove(name);
            } else {
                target.put(name, value);
            }
        });
    }
}
