package app.ponte.dashboard;

import app.ponte.program.ProgramId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/**
 * Where the dashboard projection keeps what it has learned from the events: per program a header (name, period,
 * closed), keyed entries in a few sections (missions, engagements, outcomes, opportunities, follow-ups, indicators)
 * and a short activity feed; beside them the missions' programs and the organizations' countries and types. The
 * projection's handlers are written once against this, and the same handlers fill the live read model in MongoDB
 * ({@link MongoDashboardBook}) and the throwaway one a dashboard "as of" a past moment is folded into
 * ({@link InMemoryDashboardBook}), so both read alike.
 *
 * <p>Every write says the value a field ends with, never a change to it, so a replayed event writes the same again.
 */
interface DashboardBook {

    String MISSIONS = "missions";
    String ENGAGEMENTS = "engagements";
    String OUTCOMES = "outcomes";
    String OPPORTUNITIES = "opportunities";
    String FOLLOW_UPS = "followUps";
    String INDICATORS = "indicators";
    List<String> SECTIONS = List.of(MISSIONS, ENGAGEMENTS, OUTCOMES, OPPORTUNITIES, FOLLOW_UPS, INDICATORS);

    /** Sets the program's header fields (a null value removes the field); with none, only makes the program known. */
    void header(ProgramId program, Document fields);

    /** Puts a whole entry, replacing any entry under the same id. */
    void put(ProgramId program, String section, String id, Document entry);

    /** Sets some fields of an entry (a null value removes the field), creating the entry if it is missing. */
    void merge(ProgramId program, String section, String id, Document fields);

    void remove(ProgramId program, String section, String id);

    /** One field of one entry, or null; reads only that entry. */
    Object field(ProgramId program, String section, String id, String field);

    void missionOf(String missionId, ProgramId program);

    ProgramId programOf(String missionId);

    /** Sets an organization's fields (name, country, type). */
    void organization(String organizationId, Document fields);

    /** Adds an activity to the program's feed unless it is there already; the feed keeps the latest only. */
    void record(ProgramId program, Document activity);

    ProgramBook read(ProgramId program);

    /** The listed programs that are known, without their feeds. */
    List<ProgramBook> read(Collection<ProgramId> programs);

    Set<ProgramId> programs();

    Map<String, Document> organizations(Collection<String> organizationIds);

    void reset();

    /** What the book holds for one program, as the dashboard query reads it. */
    record ProgramBook(String programId, Document header, Map<String, Map<String, Document>> sections,
            List<Document> feed) {

        Map<String, Document> section(String name) {
            return sections.getOrDefault(name, Map.of());
        }
    }

    /**
     * The feed with {@code activity} added, newest first and cut to {@code length}; null when it holds that
     * activity already (a replayed event).
     */
    static List<Document> withActivity(List<Document> feed, Document activity, int length) {
        var id = activity.getString("id");
        if (feed.stream().anyMatch(item -> id.equals(item.getString("id")))) {
            return null;
        }
        var items = new ArrayList<>(feed);
        items.add(activity);
        items.sort(Comparator.comparing((Document item) -> item.get("at", Date.class)).reversed()
                .thenComparing(item -> item.getString("id")));
        return new ArrayList<>(items.subList(0, Math.min(length, items.size())));
    }
}
