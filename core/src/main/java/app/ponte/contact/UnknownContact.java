package app.ponte.contact;

import app.ponte.shared.UnknownReference;

public class UnknownContact extends UnknownReference {

    public UnknownContact(String field, ContactId contactId) {
        super(field, "contact", contactId);
    }
}
