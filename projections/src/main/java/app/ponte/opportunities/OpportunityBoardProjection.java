package app.ponte.opportunities;

import app.ponte.live.ReadModelChanges;
import app.ponte.mission.MissionId;
import app.ponte.opportunity.OpportunityAdvanced;
import app.ponte.opportunity.OpportunityDropped;
import app.ponte.opportunity.OpportunityId;
import app.ponte.opportunity.OpportunityOpened;
import app.ponte.opportunity.OpportunityReopened;
import app.ponte.opportunity.OpportunityStage;
import app.ponte.program.ProgramId;
import app.ponte.readmodel.BatchedCollection;
import app.ponte.readmodel.Change;
import app.ponte.shared.OutcomeId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

/** One document per opportunity, keyed by its id; each event sets the fields it changes. */
@ProcessingGroup(OpportunityBoardProjection.PROCESSING_GROUP)
public class OpportunityBoardProjection {

    public static final String PROCESSING_GROUP = "opportunities";
    static final String OPPORTUNITIES = "opportunity_board";

    private final MongoCollection<Document> opportunities;
    private final BatchedCollection batched;
    private final ReadModelChanges changes;

    public OpportunityBoardProjection(MongoDatabase database, ReadModelChanges changes) {
        this.opportunities = database.getCollection(OPPORTUNITIES);
        this.batched = new BatchedCollection(opportunities);
        this.changes = changes;
    }

    @EventHandler
    void on(OpportunityOpened event) {
        update(event.opportunityId(), Change.set("programId", event.programId().toString())
                .andSet("missionId", event.missionId().toString()).andSet("outcomeId", event.outcomeId().toString())
                .andSet("title", event.title()).andSet("description", event.description())
                .andSet("stage", event.stage().name()).andSet("dropped", false));
    }

    @EventHandler
    void on(OpportunityAdvanced event) {
        update(event.opportunityId(), Change.set("stage", event.to().name()));
    }

    @EventHandler
    void on(OpportunityDropped event) {
        update(event.opportunityId(), Change.set("dropped", true));
    }

    @EventHandler
    void on(OpportunityReopened event) {
        update(event.opportunityId(), Change.set("stage", event.to().name()).andSet("dropped", false));
    }

    private void update(OpportunityId opportunityId, Change change) {
        batched.upsert(opportunityId.toString(), change);
        changes.touch(ReadModelChanges.OPPORTUNITIES);
    }

    @ResetHandler
    void reset() {
        opportunities.deleteMany(new Document());
    }

    @QueryHandler
    public List<OpportunityCard> handle(GetOpportunityBoard query) {
        if (query.programs().isEmpty()) {
            return List.of();
        }
        var cards = new ArrayList<OpportunityCard>();
        var scope = Filters.in("programId", query.programs().stream().map(ProgramId::toString).toList());
        for (Document document : opportunities.find(scope)) {
            if (document.getString("title") == null) {
                continue;
            }
            cards.add(new OpportunityCard(OpportunityId.of(document.getString("_id")),
                    ProgramId.of(document.getString("programId")), MissionId.of(document.getString("missionId")),
                    OutcomeId.of(document.getString("outcomeId")), document.getString("title"),
                    document.getString("description"), OpportunityStage.valueOf(document.getString("stage")),
                    document.getBoolean("dropped", false)));
        }
        cards.sort(Comparator.comparing(OpportunityCard::title).thenComparing(c -> c.opportunityId().toString()));
        return cards;
    }
}
