package app.ponte.opportunity;

import app.ponte.shared.DomainException;

public class StageCannotMoveBack extends DomainException {

    public StageCannotMoveBack(String title, OpportunityStage current, OpportunityStage requested) {
        super("The opportunity \"" + title + "\" is " + current + "; it can only advance to a later stage than that, "
                + "not to " + requested + ". To go back, reopen it with a reason.");
    }
}
