package app.ponte.opportunity;

import app.ponte.shared.DomainException;

public class AgreementNotReached extends DomainException {

    public AgreementNotReached(String title, OpportunityStage current) {
        super("The opportunity \"" + title + "\" is " + current
                + "; a signed agreement can be attached once it is AGREED or ACTIVE.");
    }
}
