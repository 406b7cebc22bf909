package app.ponte.contact;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import app.ponte.organization.OrganizationDirectory;
import app.ponte.organization.OrganizationId;
import app.ponte.privacy.Sealed;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A person with a role at an organization. It never holds personal data in plain text: the command handlers seal it
 * through the {@link PersonalDataVault} before applying events.
 */
public class Contact {

    private static final String EMPLOYER = "the contact's organization";

    @AggregateIdentifier
    private ContactId contactId;
    private OrganizationId organizationId;
    private String roleTitle;
    private boolean erased;

    protected Contact() {
        // for Axon to rebuild the contact from its events
    }

    /*
     * Create-if-missing rather than a constructor: a second creation with a used id then reaches this
     * handler and is refused by name, whatever the event store does with a duplicate first event.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AddContact command, PersonalDataVault vault, OrganizationDirectory organizations) {
        if (contactId != null) {
            throw new ContactAlreadyAdded(command.contactId());
        }
        organizations.requireActive("organizationId", command.organizationId(), EMPLOYER);
        ContactId id = command.contactId();
        PersonalDetails details = command.details();
        apply(new ContactAdded(id, vault.seal(id, details.fullName()), sealOptional(vault, id, details.email()),
                sealOptional(vault, id, details.phone()), command.organizationId(), command.roleTitle()));
    }

    @CommandHandler
    void handle(ChangeContactRole command, OrganizationDirectory organizations) {
        requireNotErased();
        if (organizationId.equals(command.organizationId()) && roleTitle.equals(command.roleTitle())) {
            return;
        }
        if (!organizationId.equals(command.organizationId())) {
            organizations.requireActive("organizationId", command.organizationId(), EMPLOYER);
        }
        apply(new ContactRoleChanged(contactId, command.organizationId(), command.roleTitle(), organizationId,
                roleTitle));
    }

    @CommandHandler
    void handle(CorrectContactDetails command, PersonalDataVault vault) {
        requireNotErased();
        PersonalDetails details = command.details();
        apply(new ContactDetailsCorrected(contactId, vault.seal(contactId, details.fullName()),
                sealOptional(vault, contactId, details.email()), sealOptional(vault, contactId, details.phone())));
    }

    @CommandHandler
    void handle(EraseContact command, PersonalDataVault vault) {
        // The key goes first: if recording the event then fails, the data is already unreadable, which is the
        // direction to fail in. Erasing again only destroys the key again.
        vault.destroy(contactId);
        if (erased) {
            return;
        }
        apply(new ContactErased(contactId, organizationId, command.ground()));
    }

    /** For {@link RepositoryContactDirectory} only. */
    ContactStanding standing() {
        return new ContactStanding(contactId, organizationId, erased);
    }

    private void requireNotErased() {
        if (erased) {
            throw new ContactWasErased(contactId);
        }
    }

    private static Sealed sealOptional(PersonalDataVault vault, ContactId id, String plaintext) {
        return plaintext == null ? null : vault.seal(id, plaintext);
    }

    @EventSourcingHandler
    void on(ContactAdded event) {
        contactId = event.contactId();
        organizationId = event.organizationId();
        roleTitle = event.roleTitle();
    }

    @EventSourcingHandler
    void on(ContactRoleChanged event) {
        organizationId = event.organizationId();
        roleTitle = event.roleTitle();
    }

    @EventSourcingHandler
    void on(ContactErased event) {
        erased = true;
    }
}
