package app.ponte.mission;

import app.ponte.organization.OrganizationId;
import app.ponte.program.ProgramId;
import java.util.List;

/**
 * The engagement took place. Kind and counterparts are repeated so indicators (meetings held, counterparts met) count
 * from this event alone.
 */
public record EngagementHeld(
        MissionId missionId,
        ProgramId programId,
        EngagementId engagementId,
        EngagementKind kind,
        List<OrganizationId> counterparts,
        String minutes) implements MissionEvent {
}
