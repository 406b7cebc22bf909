package app.ponte.opportunity;

import app.ponte.program.ProgramId;

/** Everything that can happen to an opportunity; each event names its program so dashboards can filter by it. */
public sealed interface OpportunityEvent permits OpportunityOpened, OpportunityAdvanced, OpportunityDropped,
        OpportunityReopened, AgreementDocumentAttached {

    OpportunityId opportunityId();

    ProgramId programId();
}
