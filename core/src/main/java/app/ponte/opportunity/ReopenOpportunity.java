package app.ponte.opportunity;

import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Takes a dropped opportunity up again at any stage, or moves a live one back to an earlier stage; either needs a
 * reason, since it goes against the normal flow.
 */
public record ReopenOpportunity(
        @TargetAggregateIdentifier OpportunityId opportunityId, OpportunityStage stage, String reason) {

    public ReopenOpportunity {
        Check.present("opportunityId", opportunityId);
        Check.present("stage", stage);
        reason = Check.text("reason", reason, Check.REASON_MAX);
    }
}
