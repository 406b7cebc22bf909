package app.ponte.opportunity;

import app.ponte.shared.DomainException;

public class ReopenMustMoveBack extends DomainException {

    public ReopenMustMoveBack(String title, OpportunityStage current, OpportunityStage requested) {
        super("The opportunity \"" + title + "\" is " + current + " and not dropped; reopening it can only move it "
                + "back to an earlier stage, not to " + requested + ".");
    }
}
