package app.ponte.mission;

import app.ponte.organization.OrganizationId;
import app.ponte.program.ProgramId;

public record SupportingPostRemoved(
        MissionId missionId, ProgramId programId, OrganizationId postId)
        implements MissionEvent {
}
