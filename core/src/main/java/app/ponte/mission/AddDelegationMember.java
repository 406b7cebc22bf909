package app.ponte.mission;

import app.ponte.contact.ContactId;
import app.ponte.organization.OrganizationId;
import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a person travelling with the delegation, on behalf of an organization. */
public record AddDelegationMember(
        @TargetAggregateIdentifier MissionId missionId, ContactId contactId, OrganizationId organizationId) {

    public AddDelegationMember {
        Check.present("missionId", missionId);
        Check.present("contactId", contactId);
        Check.present("organizationId", organizationId);
    }
}
