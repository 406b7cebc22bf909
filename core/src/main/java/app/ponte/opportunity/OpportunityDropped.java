package app.ponte.opportunity;

import app.ponte.program.ProgramId;

/** {@code stage} is where the opportunity stood when it was dropped. */
public record OpportunityDropped(
        OpportunityId opportunityId, ProgramId programId, String title, OpportunityStage stage, String reason)
        implements OpportunityEvent {
}
