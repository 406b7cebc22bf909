package app.ponte.followup;

import app.ponte.shared.DomainException;

public class FollowUpNotCompleted extends DomainException {

    public FollowUpNotCompleted() {
        super("This follow-up is still open; only a completed follow-up can be reopened.");
    }
}
