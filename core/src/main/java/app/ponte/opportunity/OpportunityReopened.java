package app.ponte.opportunity;

import app.ponte.program.ProgramId;

/** {@code wasDropped} tells a revival of a dropped opportunity from a step back of a live one. */
public record OpportunityReopened(
        OpportunityId opportunityId,
        ProgramId programId,
        String title,
        OpportunityStage from,
        boolean wasDropped,
        OpportunityStage to,
        String reason) implements OpportunityEvent {
}
