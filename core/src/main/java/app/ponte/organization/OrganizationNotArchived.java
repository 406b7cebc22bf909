package app.ponte.organization;

import app.ponte.shared.DomainException;

public class OrganizationNotArchived extends DomainException {

    public OrganizationNotArchived(String name) {
        super("The organization \"" + name + "\" is not archived, so there is nothing to reinstate.");
    }
}
