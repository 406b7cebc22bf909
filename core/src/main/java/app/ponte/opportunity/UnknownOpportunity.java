package app.ponte.opportunity;

import app.ponte.shared.DomainException;

public class UnknownOpportunity extends DomainException {

    public UnknownOpportunity(OpportunityId opportunityId) {
        super("No opportunity was opened with id " + opportunityId + ".");
    }
}
