package app.ponte.mission;

import app.ponte.program.ProgramId;
import app.ponte.shared.OutcomeId;

/**  */
public record OutcomeRetracted(
        MissionId missionId, ProgramId programId, EngagementId engagementId, OutcomeId outcomeId, OutcomeKind kind,
        String reason) implements MissionEvent {
}
