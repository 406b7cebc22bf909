package app.ponte.followup;

import app.ponte.opportunity.OpportunityId;
import app.ponte.shared.InvalidField;
import app.ponte.shared.OutcomeId;

/**
 * What a follow-up comes from: an outcome or an opportunity, exactly one of the two. Two fields rather than a sealed
 * type keep the event payload plain for every serializer and reader.
 */
public record FollowUpOrigin(OutcomeId outcomeId, OpportunityId opportunityId) {

    public FollowUpOrigin {
        if ((outcomeId == null) == (opportunityId == null)) {
            throw new InvalidField("origin", "must be either an outcome or an opportunity");
        }
    }

    public static FollowUpOrigin outcome(OutcomeId outcomeId) {
        return new FollowUpOrigin(outcomeId, null);
    }

    public static FollowUpOrigin opportunity(OpportunityId opportunityId) {
        return new FollowUpOrigin(null, opportunityId);
    }
}
