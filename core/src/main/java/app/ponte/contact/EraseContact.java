package app.ponte.contact;

import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erases a contact's personal data (GDPR art. 17) while the fact that the contact existed and took part stays. */
public record EraseContact(@TargetAggregateIdentifier ContactId contactId, ErasureGround ground) {

    public EraseContact {
        Check.present("contactId", contactId);
        Check.present("ground", ground);
    }
}
