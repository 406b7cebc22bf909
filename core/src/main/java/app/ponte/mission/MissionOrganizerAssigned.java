package app.ponte.mission;

import app.ponte.organization.OrganizationId;
import app.ponte.program.ProgramId;

public record MissionOrganizerAssigned(
        MissionId missionId, ProgramId programId, OrganizationId organizerId)
        implements MissionEvent {
}
