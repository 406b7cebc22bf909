package app.ponte.contact;

import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Answers from the contact's own event stream, so a contact erased a moment ago is seen as erased. The contact is
 * loaded into the caller's unit of work and only read; its personal data stays sealed.
 */
public class RepositoryContactDirectory implements ContactDirectory {

    private final Supplier<Repository<Contact>> contacts;

    public RepositoryContactDirectory(Repository<Contact> contacts) {
        this(() -> contacts);
    }

    /**
     * For wiring where the repository exists only once Axon's configuration has started, such as a Spring bean.
     * The application gives it a repository that reads past the aggregate cache ({@code LookupRepositories}).
     */
    public RepositoryContactDirectory(Supplier<Repository<Contact>> contacts) {
        this.contacts = contacts;
    }

    @Override
    public Optional<ContactStanding> find(ContactId contactId) {
        try {
            return Optional.of(contacts.get().load(contactId.toString()).invoke(Contact::standing));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}
