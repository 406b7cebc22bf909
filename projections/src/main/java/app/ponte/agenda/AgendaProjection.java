package app.ponte.agenda;

import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.EngagementScheduled;
import app.ponte.mission.MissionId;
import app.ponte.mission.MissionPlanned;
import app.ponte.organization.OrganizationId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;

/**
 * Keeps one document per mission and one per engagement. Every write is an upsert keyed by the aggregate's own id,
 * so replaying events (a reset, or a redelivery after a crash) leaves the same documents behind.
 */
@ProcessingGroup(AgendaProjection.PROCESSING_GROUP)
public class AgendaProjection {

    public static final String PROCESSING_GROUP = "agenda";
    static final String MISSIONS = "agenda_missions";
    static final String ENGAGEMENTS = "agenda_engagements";

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> missions;
    private final MongoCollection<Document> engagements;
    private final QueryUpdateEmitter updates;

    public AgendaProjection(MongoDatabase database, QueryUpdateEmitter updates) {
        this.missions = database.getCollection(MISSIONS);
        this.engagements = database.getCollection(ENGAGEMENTS);
        this.updates = updates;
        // Serves the agenda lookup on a real MongoDB; the embedded server ignores non-unique indexes and scans.
        engagements.createIndex(Indexes.ascending("missionId"));
    }

    @EventHandler
    void on(MissionPlanned event) {
        var document = new Document("_id", event.missionId().toString())
                .append("title", event.title())
                .append("city", event.city())
                .append("countryCode", event.countryCode())
                .append("zone", event.zone().getId())
                .append("startDate", event.startDate().toString())
                .append("endDate", event.endDate().toString());
        missions.replaceOne(Filters.eq("_id", document.get("_id")), document, UPSERT);
        updates.emit(ListMissions.class, query -> true, toMission(document));
    }

    @EventHandler
    void on(EngagementScheduled event) {
        var document = new Document("_id", event.engagementId().toString())
                .append("missionId", event.missionId().toString())
                .append("kind", event.kind().name())
                .append("title", event.title())
                .append("venue", event.venue())
                .append("startsAt", Date.from(event.startsAt()))
                .append("endsAt", Date.from(event.endsAt()))
                .append("zone", event.zone().getId())
                .append("counterparts", event.counterparts().stream().map(OrganizationId::toString).toList())
                .append("themes", event.themes());
        engagements.replaceOne(Filters.eq("_id", document.get("_id")), document, UPSERT);
        updates.emit(ListEngagements.class, query -> query.missionId().equals(event.missionId()),
                toEngagement(document));
    }

    @ResetHandler
    void reset() {
        missions.deleteMany(new Document());
        engagements.deleteMany(new Document());
    }

    // Sorting happens here rather than in MongoDB: the embedded server would scan the collection to sort.
    @QueryHandler
    public List<MissionSummary> handle(ListMissions query) {
        return missions.find().map(AgendaProjection::toMission).into(new ArrayList<>()).stream()
                .sorted(Comparator.comparing(MissionSummary::startDate).thenComparing(MissionSummary::title))
                .toList();
    }

    @QueryHandler
    public List<EngagementSummary> handle(ListEngagements query) {
        return engagements.find(Filters.eq("missionId", query.missionId().toString()))
                .map(AgendaProjection::toEngagement)
                .into(new ArrayList<>())
                .stream()
                .sorted(Comparator.comparing(EngagementSummary::startsAt).thenComparing(EngagementSummary::title))
                .toList();
    }

    private static MissionSummary toMission(Document document) {
        return new MissionSummary(
                MissionId.of(document.getString("_id")),
                document.getString("title"),
                document.getString("city"),
                document.getString("countryCode"),
                ZoneId.of(document.getString("zone")),
                LocalDate.parse(document.getString("startDate")),
                LocalDate.parse(document.getString("endDate")));
    }

    private static EngagementSummary toEngagement(Document document) {
        return new EngagementSummary(
                EngagementId.of(document.getString("_id")),
                MissionId.of(document.getString("missionId")),
                EngagementKind.valueOf(document.getString("kind")),
                document.getString("title"),
                document.getString("venue"),
                document.getDate("startsAt").toInstant(),
                document.getDate("endsAt").toInstant(),
                ZoneId.of(document.getString("zone")),
                document.getList("counterparts", String.class).stream().map(OrganizationId::of).toList(),
                document.getList("themes", String.class));
    }
}
