package app.ponte.opportunities;

import app.ponte.mission.MissionId;
import app.ponte.opportunity.OpportunityId;
import app.ponte.opportunity.OpportunityStage;
import app.ponte.program.ProgramId;
import app.ponte.shared.OutcomeId;

/** An opportunity as a card on the board: its stage, and whether it was dropped there. */
public record OpportunityCard(OpportunityId opportunityId, ProgramId programId, MissionId missionId,
        OutcomeId outcomeId, String title, String description, OpportunityStage stage, boolean dropped) {}
