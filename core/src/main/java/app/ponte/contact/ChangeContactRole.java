package app.ponte.contact;

import app.ponte.organization.OrganizationId;
import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The contact took on another role, at the same or at another organization. */
public record ChangeContactRole(
        @TargetAggregateIdentifier ContactId contactId, OrganizationId organizationId, String roleTitle) {

    public ChangeContactRole {
        Check.present("contactId", contactId);
        Check.present("organizationId", organizationId);
        roleTitle = Check.text("roleTitle", roleTitle, Check.NAME_MAX);
    }
}
