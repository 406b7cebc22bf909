package app.ponte.contact;

import app.ponte.shared.DomainException;

public class ContactWasErased extends DomainException {

    public ContactWasErased(ContactId contactId) {
        super("This contact's personal data was erased (contact " + contactId
                + "); add the person again if they agree to be recorded.");
    }
}
