package app.ponte.opportunity;

import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves an opportunity forward to a later stage; stages may be skipped forward, never backward. */
public record AdvanceOpportunity(@TargetAggregateIdentifier OpportunityId opportunityId, OpportunityStage stage) {

    public AdvanceOpportunity {
        Check.present("opportunityId", opportunityId);
        Check.present("stage", stage);
    }
}
