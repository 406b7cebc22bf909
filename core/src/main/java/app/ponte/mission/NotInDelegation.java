package app.ponte.mission;

import app.ponte.contact.ContactId;

public class NotInDelegation extends MissionRejection {

    public NotInDelegation(ContactId contactId) {
        super("Contact " + contactId + " is not in the delegation.");
    }
}
