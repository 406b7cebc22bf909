package app.ponte.followup;

import app.ponte.mission.MissionId;
import app.ponte.program.ProgramId;
import java.time.LocalDate;

public record FollowUpAssigned(
        FollowUpId followUpId,
        ProgramId programId,
        MissionId missionId,
        FollowUpOrigin origin,
        String ownerUserId,
        LocalDate dueOn,
        String description) implements FollowUpEvent {
}
