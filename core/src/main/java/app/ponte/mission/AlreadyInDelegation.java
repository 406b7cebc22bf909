package app.ponte.mission;

import app.ponte.contact.ContactId;

public class AlreadyInDelegation extends MissionRejection {

    public AlreadyInDelegation(ContactId contactId) {
        super("Contact " + contactId + " is already in the delegation.");
    }
}
