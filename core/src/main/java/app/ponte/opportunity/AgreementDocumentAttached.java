package app.ponte.opportunity;

import app.ponte.program.ProgramId;

public record AgreementDocumentAttached(OpportunityId opportunityId, ProgramId programId, AgreementDocument document)
        implements OpportunityEvent {
}
