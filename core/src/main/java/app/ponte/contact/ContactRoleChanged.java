package app.ponte.contact;

import app.ponte.organization.OrganizationId;

public record ContactRoleChanged(
        ContactId contactId,
        OrganizationId organizationId,
        String roleTitle,
        OrganizationId previousOrganizationId,
        String previousRoleTitle) implements ContactEvent {
}
