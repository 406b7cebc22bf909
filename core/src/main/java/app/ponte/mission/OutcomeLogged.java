package app.ponte.mission;

import app.ponte.organization.OrganizationId;
import app.ponte.program.ProgramId;
import app.ponte.shared.Money;
import app.ponte.shared.OutcomeId;
import java.util.List;

/** What a held engagement produced; {@code expectedValue} is absent when none was estimated. */
public record OutcomeLogged(
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
