package app.ponte.organization;

import app.ponte.shared.DomainException;

public class OrganizationAlreadyRegistered extends DomainException {

    public OrganizationAlreadyRegistered(OrganizationId id) {
        super("An organization with id " + id + " is already registered; registering needs a new id.");
    }
}
