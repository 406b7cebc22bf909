package app.ponte.organization;

import app.ponte.shared.DomainException;

public class CannotMergeOrganizationIntoItself extends DomainException {

    public CannotMergeOrganizationIntoItself(String name) {
        super("The organization \"" + name + "\" cannot be merged into itself; choose the organization that survives.");
    }
}
