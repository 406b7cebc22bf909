package app.ponte.contact;

import app.ponte.organization.OrganizationId;
import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a person with a role at an organization, such as a scientific counsellor at an embassy. */
public record AddContact(
        @TargetAggregateIdentifier ContactId contactId,
        PersonalDetails details,
        OrganizationId organizationId,
        String roleTitle) {

    public AddContact {
        Check.present("contactId", contactId);
        Check.present("details", details);
        Check.present("organizationId", organizationId);
        roleTitle = Check.text("roleTitle", roleTitle, Check.NAME_MAX);
    }
}
