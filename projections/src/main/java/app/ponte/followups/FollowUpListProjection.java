package app.ponte.followups;

import app.ponte.followup.FollowUpAssigned;
import app.ponte.followup.FollowUpCompleted;
import app.ponte.followup.FollowUpDeadline;
import app.ponte.followup.FollowUpId;
import app.ponte.followup.FollowUpReassigned;
import app.ponte.followup.FollowUpReopened;
import app.ponte.live.ReadModelChanges;
import app.ponte.mission.MissionId;
import app.ponte.program.ProgramId;
import app.ponte.readmodel.BatchedCollection;
import app.ponte.readmodel.Change;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

/**
 * One document per follow-up, keyed by its id. Overdue is not stored: it changes with the calendar, so the query
 * works it out from the due date and the clock.
 */
@ProcessingGroup(FollowUpListProjection.PROCESSING_GROUP)
public class FollowUpListProjection {

    public static final String PROCESSING_GROUP = "followups";
    static final String FOLLOW_UPS = "followups";

    private final MongoCollection<Document> followUps;
    private final BatchedCollection batched;
    private final ReadModelChanges changes;
    private final Clock clock;

    public FollowUpListProjection(MongoDatabase database, ReadModelChanges changes, Clock clock) {
        this.followUps = database.getCollection(FOLLOW_UPS);
        this.batched = new BatchedCollection(followUps);
        this.changes = changes;
        this.clock = clock;
    }

    @EventHandler
    void on(FollowUpAssigned event) {
        update(event.followUpId(), Change.set("programId", event.programId().toString())
                .andSet("missionId", event.missionId().toString()).andSet("owner", event.ownerUserId())
                .andSet("dueOn", event.dueOn().toString()).andSet("description", event.description()));
    }

    @EventHandler
    void on(FollowUpReassigned event) {
        update(event.followUpId(), Change.set("owner", event.ownerUserId()).andSet("dueOn", event.dueOn().toString()));
    }

    @EventHandler
    void on(FollowUpCompleted event) {
        update(event.followUpId(), Change.set("completedOn", event.completedOn().toString()));
    }

    @EventHandler
    void on(FollowUpReopened event) {
        update(event.followUpId(), Change.unset("completedOn").andSet("dueOn", event.dueOn().toString()));
    }

    private void update(FollowUpId followUpId, Change change) {
        batched.upsert(followUpId.toString(), change);
        changes.touch(ReadModelChanges.FOLLOW_UPS);
    }

    @ResetHandler
    void reset() {
        followUps.deleteMany(new Document());
    }

    @QueryHandler
    public List<FollowUpItem> handle(ListFollowUps query) {
        if (query.programs().isEmpty()) {
            return List.of();
        }
        var today = LocalDate.now(clock);
        var filter = Filters.in("programId", query.programs().stream().map(ProgramId::toString).toList());
        if (query.ownerUserId() != null) {
            filter = Filters.and(filter, Filters.eq("owner", query.ownerUserId()));
        }
        var items = new ArrayList<FollowUpItem>();
        for (Document document : followUps.find(filter)) {
            if (document.getString("dueOn") == null) {
                continue;
            }
            var completed = document.getString("completedOn");
            var deadline = new FollowUpDeadline(LocalDate.parse(document.getString("dueOn")),
                    completed == null ? null : LocalDate.parse(completed));
            var item = new FollowUpItem(FollowUpId.of(document.getString("_id")),
                    ProgramId.of(document.getString("programId")), MissionId.of(document.getString("missionId")),
                    document.getString("owner"), document.getString("description"), deadline.dueOn(),
                    deadline.completedOn(), deadline.daysOverdue(today));
            if ((!query.overdueOnly() || item.overdue()) && (!query.openOnly() || completed == null)) {
                items.add(item);
            }
        }
        return items.stream()
                .sorted(Comparator.comparing(FollowUpItem::dueOn).thenComparing(i -> i.followUpId().toString()))
                .skip(query.offset())
                .limit(query.limit())
                .toList();
    }
}
