package app.ponte.mission;

import app.ponte.contact.ContactId;
import app.ponte.organization.OrganizationId;
import app.ponte.shared.Check;
import app.ponte.shared.InvalidField;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records who took part in an engagement: people, and the organizations present. Recording again replaces the earlier
 * list.
 */
public record RecordAttendance(
        @TargetAggregateIdentifier MissionId missionId,
        EngagementId engagementId,
        List<ContactId> participants,
        List<OrganizationId> organizationsPresent) {

    public RecordAttendance {
        Check.present("missionId", missionId);
        Check.present("engagementId", engagementId);
        participants = Check.list("participants", participants);
        organizationsPresent = Check.list("organizationsPresent", organizationsPresent);
        if (participants.isEmpty() && organizationsPresent.isEmpty()) {
            throw new InvalidField("participants", "must name at least one person or organization present");
        }
    }
}
