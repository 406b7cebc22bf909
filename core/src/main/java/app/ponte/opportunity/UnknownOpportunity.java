package app.ponte.opportunity;

import app.ponte.shared.UnknownReference;

public class UnknownOpportunity extends UnknownReference {

    public UnknownOpportunity(String field, OpportunityId opportunityId) {
        super(field, "opportunity", opportunityId);
    }
}
