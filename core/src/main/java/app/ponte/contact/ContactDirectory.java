package app.ponte.contact;

import java.util.Optional;

/**
 * Looks up a contact while another aggregate decides, such as a delegate added to a mission. Injected into command
 * handler methods like {@link app.ponte.organization.OrganizationDirectory}: the ui declares
 * {@link RepositoryContactDirectory}; tests register one with {@code fixture.registerInjectableResource(...)}.
 */
public interface ContactDirectory {

    Optional<ContactStanding> find(ContactId contactId);

    /**
     * The contact, if it was added and not erased; otherwise a rejection saying so. {@code field} names the command's
     * field that holds the id. An erased person cannot be named again: that would record them anew.
     */
    default ContactStanding requireUsable(String field, ContactId contactId) {
        ContactStanding standing = find(contactId).orElseThrow(() -> new UnknownContact(field, contactId));
        if (standing.erased()) {
            throw new ContactWasErased(contactId);
        }
        return standing;
    }
}
