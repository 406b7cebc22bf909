package app.ponte.mission;

import app.ponte.contact.ContactId;
import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes a person off the delegation. */
public record RemoveDelegationMember(@TargetAggregateIdentifier MissionId missionId, ContactId contactId) {

    public RemoveDelegationMember {
        Check.present("missionId", missionId);
        Check.present("contactId", contactId);
    }
}
