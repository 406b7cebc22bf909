package app.ponte.access;

import app.ponte.followup.FollowUpAssigned;
import app.ponte.mission.EngagementScheduled;
import app.ponte.mission.MissionPlanned;
import app.ponte.mission.OutcomeLogged;
import app.ponte.opportunity.OpportunityOpened;
import app.ponte.program.ProgramId;
import app.ponte.program.ProgramLaunched;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;

/**
 * Records, for every record that belongs to a program, which program that is. Access checks run before a command
 * is handled, so this processing group must be subscribing (handled as the events are published): a mission planned
 * by one request is then known to the next. Each write is an upsert keyed by the record's own id, so replays are
 * harmless.
 */
@ProcessingGroup(ProgramAccessProjection.PROCESSING_GROUP)
public class ProgramAccessProjection {

    public static final String PROCESSING_GROUP = "access";
    /** Raise when a handler is added or changed: stores read by an older version are then replayed at start-up. */
    public static final int VERSION = 2; // 2: engagements take their program from EngagementScheduled itself
    static final String COLLECTION = "access_program_of";

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> programOf;

    public ProgramAccessProjection(MongoDatabase database) {
        this.programOf = database.getCollection(COLLECTION);
    }

    @EventHandler
    void on(ProgramLaunched event) {
        record(RecordKind.PROGRAM, event.programId().toString(), event.programId());
    }

    @EventHandler
    void on(MissionPlanned event) {
        record(RecordKind.MISSION, event.missionId().toString(), event.programId());
    }

    @EventHandler
    void on(EngagementScheduled event) {
        record(RecordKind.ENGAGEMENT, event.engagementId().toString(), event.programId());
    }

    @EventHandler
    void on(OutcomeLogged event) {
        record(RecordKind.OUTCOME, event.outcomeId().toString(), event.programId());
    }

    @EventHandler
    void on(OpportunityOpened event) {
        record(RecordKind.OPPORTUNITY, event.opportunityId().toString(), event.programId());
    }

    @EventHandler
    void on(FollowUpAssigned event) {
        record(RecordKind.FOLLOW_UP, event.followUpId().toString(), event.programId());
    }

    @ResetHandler
    void reset() {
        programOf.deleteMany(new Document());
    }

    private void record(RecordKind kind, String id, ProgramId program) {
        var key = ProgramLookup.key(kind, id);
        programOf.replaceOne(Filters.eq("_id", key),
                new Document("_id", key).append("programId", program.toString()), UPSERT);
    }
}
