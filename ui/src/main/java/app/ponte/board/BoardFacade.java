package app.ponte.board;

import app.ponte.layout.LiveUpdates;
import app.ponte.opportunities.GetOpportunityBoard;
import app.ponte.opportunities.OpportunityCard;
import app.ponte.opportunity.AdvanceOpportunity;
import app.ponte.opportunity.DropOpportunity;
import app.ponte.opportunity.OpportunityId;
import app.ponte.opportunity.OpportunityStage;
import app.ponte.opportunity.ReopenOpportunity;
import app.ponte.program.ProgramId;
import app.ponte.programs.ProgramScope;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

/** What the board may ask: the visible programs' opportunities, and the moves between stages. */
@Service
public class BoardFacade {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ProgramScope scope;
    private final LiveUpdates live;

    BoardFacade(CommandGateway commands, QueryGateway queries, ProgramScope scope, LiveUpdates live) {
        this.commands = commands;
        this.queries = queries;
        this.scope = scope;
        this.live = live;
    }

    /** The programs the board shows: every visible one. */
    public Set<ProgramId> programs() {
        return scope.visiblePrograms();
    }

    public List<OpportunityCard> board() {
        return queries.query(new GetOpportunityBoard(scope.visiblePrograms()),
                ResponseTypes.multipleInstancesOf(OpportunityCard.class)).join();
    }

    public void keepFresh(Component view, Runnable refresh) {
        live.keepFresh(view, new GetOpportunityBoard(scope.visiblePrograms()),
                ResponseTypes.multipleInstancesOf(OpportunityCard.class), refresh);
    }

    /** Forward only; waits for the opportunity's verdict, which it throws as the domain worded it. */
    public void advance(OpportunityId opportunityId, OpportunityStage stage) {
        commands.sendAndWait(new AdvanceOpportunity(opportunityId, stage));
    }

    /** Back to an earlier stage, or out of being dropped, with the officer's reason. */
    public void reopen(OpportunityId opportunityId, OpportunityStage stage, String reason) {
        commands.sendAndWait(new ReopenOpportunity(opportunityId, stage, reason));
    }

    public void drop(OpportunityId opportunityId, String reason) {
        commands.sendAndWait(new DropOpportunity(opportunityId, reason));
    }
}
