package app.ponte.opportunity;

import app.ponte.program.ProgramId;

public record OpportunityAdvanced(
        OpportunityId opportunityId, ProgramId programId, String title, OpportunityStage from, OpportunityStage to)
        implements OpportunityEvent {
}
