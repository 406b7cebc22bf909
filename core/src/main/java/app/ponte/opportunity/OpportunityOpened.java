package app.ponte.opportunity;

import app.ponte.mission.MissionId;
import app.ponte.program.ProgramId;
import app.ponte.shared.OutcomeId;

public record OpportunityOpened(
        OpportunityId opportunityId,
        ProgramId programId,
        MissionId missionId,
        OutcomeId outcomeId,
        String title,
        String description,
        OpportunityStage stage) implements OpportunityEvent {
}
