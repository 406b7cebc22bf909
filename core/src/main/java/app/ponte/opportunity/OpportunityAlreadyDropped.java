package app.ponte.opportunity;

import app.ponte.shared.DomainException;

public class OpportunityAlreadyDropped extends DomainException {

    public OpportunityAlreadyDropped(String title) {
        super("The opportunity \"" + title + "\" is already dropped.");
    }
}
