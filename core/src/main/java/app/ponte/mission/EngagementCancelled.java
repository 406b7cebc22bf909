package app.ponte.mission;

import app.ponte.program.ProgramId;

public record EngagementCancelled(
        MissionId missionId, ProgramId programId, EngagementId engagementId, String reason)
        implements MissionEvent {
}
