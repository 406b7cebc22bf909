package app.ponte.mission;

import app.ponte.contact.ContactId;
import app.ponte.organization.OrganizationId;
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
        Fields.required("missionId", missionId);
        Fields.required("engagementId", engagementId);
        participants = Fields.list("participants", participants).stream().distinct().toList();
        organizationsPresent = Fields.list("organizationsPresent", organizationsPresent).stream().distinct().toList();
        if (participants.isEmpty() && organizationsPresent.isEmpty()) {
            throw new InvalidMissionInput("participants", "must name at least one person or organization present");
        }
    }
}
