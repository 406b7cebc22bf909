package app.ponte.contact;

import app.ponte.privacy.Sealed;

public record ContactDetailsCorrected(ContactId contactId, Sealed fullName, Sealed email, Sealed phone)
        implements ContactEvent {
}
