package app.ponte.opportunity;

import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DropOpportunity(@TargetAggregateIdentifier OpportunityId opportunityId, String reason) {

    public DropOpportunity {
        Check.present("opportunityId", opportunityId);
        reason = Check.text("reason", reason, Check.REASON_MAX);
    }
}
