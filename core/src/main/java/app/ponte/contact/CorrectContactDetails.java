package app.ponte.contact;

import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CorrectContactDetails(@TargetAggregateIdentifier ContactId contactId, PersonalDetails details) {

    public CorrectContactDetails {
        Check.present("contactId", contactId);
        Check.present("details", details);
    }
}
