package app.ponte.mission;

import app.ponte.contact.ContactId;
import app.ponte.organization.OrganizationId;
import app.ponte.program.ProgramId;
import java.util.List;

/** Who took part, as a whole list that replaces any earlier one. */
public record AttendanceRecorded(
        MissionId missionId,
        ProgramId programId,
        EngagementId engagementId,
        List<ContactId> participants,
        List<OrganizationId> organizationsPresent) implements MissionEvent {
}
