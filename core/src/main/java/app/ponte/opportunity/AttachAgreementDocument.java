package app.ponte.opportunity;

import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AttachAgreementDocument(
        @TargetAggregateIdentifier OpportunityId opportunityId, AgreementDocument document) {

    public AttachAgreementDocument {
        Check.present("opportunityId", opportunityId);
        Check.present("document", document);
    }
}
