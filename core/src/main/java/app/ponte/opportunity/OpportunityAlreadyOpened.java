package app.ponte.opportunity;

import app.ponte.shared.DomainException;

public class OpportunityAlreadyOpened extends DomainException {

    public OpportunityAlreadyOpened(OpportunityId id) {
        super("An opportunity with id " + id + " was already opened; opening needs a new id.");
    }
}
