package app.ponte.organization;

import app.ponte.shared.DomainException;

public class OrganizationIsArchived extends DomainException {

    public OrganizationIsArchived(String name) {
        super("The organization \"" + name + "\" is archived; reinstate it before changing it.");
    }
}
