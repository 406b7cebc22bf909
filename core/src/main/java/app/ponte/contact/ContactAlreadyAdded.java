package app.ponte.contact;

import app.ponte.shared.DomainException;

public class ContactAlreadyAdded extends DomainException {

    public ContactAlreadyAdded(ContactId id) {
        super("A contact with id " + id + " was already added; adding needs a new id.");
    }
}
