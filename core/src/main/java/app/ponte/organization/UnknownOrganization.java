package app.ponte.organization;

import app.ponte.shared.UnknownReference;

public class UnknownOrganization extends UnknownReference {

    public UnknownOrganization(String field, OrganizationId organizationId) {
        super(field, "organization", organizationId);
    }
}
