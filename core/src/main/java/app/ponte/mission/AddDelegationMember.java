package app.ponte.mission;

import app.ponte.contact.ContactId;
import app.ponte.organization.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a person travelling with the delegation, on behalf of an organization. */
public record AddDelegationMember(
        @TargetAggregateIdentifier MissionId missionId, ContactId contactId, OrganizationId organizationId) {

    public AddDelegationMember {
        Fields.required("missionId", missionId);
        Fields.required("contactId", contactId);
        Fields.required("organizationId", organizationId);
    }
}
