package app.ponte.testing;

import app.ponte.contact.ContactDirectory;
import app.ponte.contact.ContactId;
import app.ponte.contact.ContactStanding;
import app.ponte.organization.OrganizationId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A {@link ContactDirectory} for tests: contacts put here are known as given; with {@link #anyKnown()} every other id
 * reads as a contact not erased, for tests about something else.
 */
public final class Contacts implements ContactDirectory {

    private static final OrganizationId SOMEWHERE = new OrganizationId(new UUID(0, 1));

    private final Map<ContactId, ContactStanding> known = new HashMap<>();
    private final boolean othersKnown;

    private Contacts(boolean othersKnown) {
        this.othersKnown = othersKnown;
    }

    public static Contacts onlyKnown() {
        return new Contacts(false);
    }

    public static Contacts anyKnown() {
        return new Contacts(true);
    }

    public Contacts with(ContactId id, OrganizationId organizationId, boolean erased) {
        known.put(id, new ContactStanding(id, organizationId, erased));
        return this;
    }

    @Override
    public Optional<ContactStanding> find(ContactId id) {
        if (known.containsKey(id)) {
            return Optional.of(known.get(id));
        }
        return othersKnown ? Optional.of(new ContactStanding(id, SOMEWHERE, false)) : Optional.empty();
    }
}
