package app.ponte.mission;

import app.ponte.organization.OrganizationId;
import app.ponte.program.ProgramId;
import app.ponte.shared.Money;
import app.ponte.shared.OutcomeId;
import java.util.List;

/** The outcome's whole description after the correction. */
public record OutcomeAmended(
        MissionId missionId,
        ProgramId programId,
        EngagementId engagementId,
        OutcomeId outcomeId,
        OutcomeKind kind,
        String description,
        List<OrganizationId> counterparts,
        List<String> themes,
        Money expectedValue) implements MissionEvent {
}
