package app.ponte.opportunity;

import app.ponte.program.ProgramId;

/** What another aggregate's decision needs to know about an opportunity: its program, title and whether it is live. */
public record OpportunityStanding(
        OpportunityId opportunityId, ProgramId programId, String title, OpportunityStage stage, boolean dropped) {
}
