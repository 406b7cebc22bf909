package app.ponte.organization;

import app.ponte.shared.DomainException;

public class UnknownOrganization extends DomainException {

    public UnknownOrganization(OrganizationId organizationId) {
        super("No organization is registered with id " + organizationId + ".");
    }
}
