package app.ponte.dashboard;

import app.ponte.program.ProgramId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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

    /** The checkpoints' name for what every program's dashboard shares: the missions' programs, the organizations. */
    static final String SHARED = "*";
    private static final String HEADER = "h";
    private static final String FEED = "f";
    private static final String MISSION = "m";
    private static final String ORGANIZATION = "o";
    private static final Slot HEADER_SLOT = new Slot(HEADER, null);
    private static final Slot FEED_SLOT = new Slot(FEED, null);

    private final int feedLength;
    private final Map<String, Document> headers = new HashMap<>();
    private final Map<String, Map<String, Map<String, Document>>> sections = new HashMap<>();
    private final Map<String, List<Document>> feeds = new HashMap<>();
    private final Map<String, ProgramId> missions = new HashMap<>();
    private final Map<String, Document> organizations = new HashMap<>();
    // The slots written since the last checkpoint, by program (and SHARED), so a checkpoint stores only what changed.
    private final Map<String, Set<Slot>> changed = new HashMap<>();

    InMemoryDashboardBook(int feedLength) {
        this.feedLength = feedLength;
    }

    @Override
    public void header(ProgramId program, Document fields) {
        changed(program.toString(), HEADER_SLOT);
        assign(headerOf(program), fields);
    }

    @Override
    public void put(ProgramId program, String section, String id, Document entry) {
        changed(program.toString(), new Slot(section, id));
        sectionOf(program, section).put(id, new Document(entry));
    }

    @Override
    public void merge(ProgramId program, String section, String id, Document fields) {
        changed(program.toString(), new Slot(section, id));
        assign(sectionOf(program, section).computeIfAbsent(id, key -> new Document()), fields);
    }

    @Override
    public void remove(ProgramId program, String section, String id) {
        changed(program.toString(), new Slot(section, id));
        sectionOf(program, section).remove(id);
    }

    @Override
    public Object field(ProgramId program, String section, String id, String field) {
        var entry = sections.getOrDefault(program.toString(), Map.of()).getOrDefault(section, Map.of()).get(id);
        return entry == null ? null : entry.get(field);
    }

    @Override
    public void missionOf(String missionId, ProgramId program) {
        changed(SHARED, new Slot(MISSION, missionId));
        missions.put(missionId, program);
    }

    @Override
    public ProgramId programOf(String missionId) {
        return missions.get(missionId);
    }

    @Override
    public void organization(String organizationId, Document fields) {
        changed(SHARED, new Slot(ORGANIZATION, organizationId));
        assign(organizations.computeIfAbsent(organizationId, id -> new Document("_id", id)), fields);
    }

    @Override
    public void record(ProgramId program, Document activity) {
        var feed = feeds.getOrDefault(program.toString(), List.of());
        var next = DashboardBook.withActivity(feed, activity, feedLength);
        if (next != null) {
            changed(program.toString(), FEED_SLOT);
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
        // Emptied slots are changes too: a checkpoint after a reset must store them as gone.
        for (String program : programSpaces()) {
            entries(program).forEach(entry -> changed(program, new Slot(entry.getString("s"), entry.getString("i"))));
        }
        entries(SHARED).forEach(entry -> changed(SHARED, new Slot(entry.getString("s"), entry.getString("i"))));
        headers.clear();
        sections.clear();
        feeds.clear();
        missions.clear();
        organizations.clear();
    }

    // ---- checkpoints: what changed since the last one, as entries, and back

    /** The slots written since the last call, by program id or {@link #SHARED}. */
    Map<String, Set<Slot>> drainChanged() {
        var drained = new HashMap<>(changed);
        changed.clear();
        return drained;
    }

    /** The entries the slots hold now: {@code {s, i, v}}, or {@code {s, i, x: true}} for a slot emptied since. */
    List<Document> entries(String space, Collection<Slot> slots) {
        var entries = new ArrayList<Document>(slots.size());
        for (Slot slot : slots) {
            var value = valueOf(space, slot);
            var entry = new Document("s", slot.section());
            if (slot.id() != null) {
                entry.append("i", slot.id());
            }
            entries.add(value == null ? entry.append("x", true) : entry.append("v", value));
        }
        return entries;
    }

    /** Every entry the space holds. */
    List<Document> entries(String space) {
        var slots = new ArrayList<Slot>();
        if (SHARED.equals(space)) {
            missions.keySet().forEach(mission -> slots.add(new Slot(MISSION, mission)));
            organizations.keySet().forEach(organization -> slots.add(new Slot(ORGANIZATION, organization)));
        } else {
            if (headers.containsKey(space)) {
                slots.add(HEADER_SLOT);
            }
            if (feeds.containsKey(space)) {
                slots.add(FEED_SLOT);
            }
            sections.getOrDefault(space, Map.of()).forEach((section, entries) ->
                    entries.keySet().forEach(id -> slots.add(new Slot(section, id))));
        }
        return entries(space, slots);
    }

    /** Puts a stored entry back, or empties its slot; marks nothing as changed. */
    void restore(String space, Document entry) {
        var section = entry.getString("s");
        var id = entry.getString("i");
        var value = entry.get("v");
        if (SHARED.equals(space)) {
            if (MISSION.equals(section)) {
                restore(missions, id, value == null ? null : ProgramId.of((String) value));
            } else if (ORGANIZATION.equals(section)) {
                restore(organizations, id, value == null ? null : new Document((Document) value));
            }
        } else if (HEADER.equals(section)) {
            restore(headers, space, value == null ? null : new Document((Document) value));
        } else if (FEED.equals(section)) {
            restore(feeds, space, value == null ? null : new ArrayList<>(entry.getList("v", Document.class)));
        } else {
            var entries = sections.computeIfAbsent(space, program -> new HashMap<>())
                    .computeIfAbsent(section, name -> new LinkedHashMap<>());
            restore(entries, id, value == null ? null : new Document((Document) value));
        }
    }

    /** Where a value sits in the book: a program's header or feed, an entry of a section, a mission, an organization. */
    record Slot(String section, String id) {}

    private Object valueOf(String space, Slot slot) {
        if (SHARED.equals(space)) {
            if (MISSION.equals(slot.section())) {
                var program = missions.get(slot.id());
                return program == null ? null : program.toString();
            }
            return organizations.get(slot.id());
        }
        if (HEADER_SLOT.equals(slot)) {
            return headers.get(space);
        }
        if (FEED_SLOT.equals(slot)) {
            return feeds.get(space);
        }
        return sections.getOrDefault(space, Map.of()).getOrDefault(slot.section(), Map.of()).get(slot.id());
    }

    private Set<String> programSpaces() {
        var programs = new HashSet<String>(headers.keySet());
        programs.addAll(feeds.keySet());
        programs.addAll(sections.keySet());
        return programs;
    }

    private void changed(String space, Slot slot) {
        changed.computeIfAbsent(space, key -> new HashSet<>()).add(slot);
    }

    private static <V> void restore(Map<String, V> values, String key, V value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
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
