package app.ponte.opportunity;

import app.ponte.shared.DomainException;

public class OpportunityIsDropped extends DomainException {

    public OpportunityIsDropped(String title) {
        super("The opportunity \"" + title + "\" was dropped; reopen it with a reason first.");
    }
}
