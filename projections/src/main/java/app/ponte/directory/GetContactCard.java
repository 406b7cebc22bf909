package app.ponte.directory;

import app.ponte.contact.ContactId;
import java.util.Objects;

/** Asks for one contact's card. */
public record GetContactCard(ContactId contactId) {

    public GetContactCard {
        Objects.requireNonNull(contactId, "GetContactCard needs a contactId");
    }
}
