package app.ponte.followup;

import app.ponte.shared.DomainException;

public class FollowUpAlreadyAssigned extends DomainException {

    public FollowUpAlreadyAssigned(FollowUpId id) {
        super("A follow-up with id " + id + " was already assigned; assigning needs a new id.");
    }
}
