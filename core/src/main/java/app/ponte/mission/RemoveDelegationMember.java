package app.ponte.mission;

import app.ponte.contact.ContactId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes a person off the delegation. */
public record RemoveDelegationMember(@TargetAggregateIdentifier MissionId missionId, ContactId contactId) {

    public RemoveDelegationMember {
        Fields.required("missionId", missionId);
        Fields.required("contactId", contactId);
    }
}
