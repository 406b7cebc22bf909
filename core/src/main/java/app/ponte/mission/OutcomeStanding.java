package app.ponte.mission;

import app.ponte.program.ProgramId;
import app.ponte.shared.OutcomeId;

/** What another aggregate's decision needs to know about an outcome: where it belongs and whether it still stands. */
public record OutcomeStanding(
        MissionId missionId,
        ProgramId programId,
        EngagementId engagementId,
        OutcomeId outcomeId,
        OutcomeKind kind,
        boolean retracted) {
}
