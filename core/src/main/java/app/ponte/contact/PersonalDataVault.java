package app.ponte.contact;

import app.ponte.privacy.Sealed;
import app.ponte.privacy.Unsealed;
import java.util.Optional;

/**
 * Seals a contact's personal data (name, e-mail, phone) under a key of that contact's own, and erases it for good by
 * destroying the key. Events hold only {@link Sealed} values; readers open them here and show the contact as erased
 * when {@link #open} comes back empty.
 *
 * <p>Contact command handlers take it as a method parameter. The ui declares one Spring bean, such as
 * {@code new CryptoShreddingVault(new CryptoShredder(mongoKeyStore))}, and Axon's Spring parameter resolver injects it;
 * without Spring, register it with a {@code SimpleResourceParameterResolverFactory}, in tests with
 * {@code fixture.registerInjectableResource(vault)}.
 */
public interface PersonalDataVault {

    Sealed seal(ContactId contactId, String plaintext);

    /**
     * The plaintext, or empty once the contact was erased.
     *
     * @throws app.ponte.privacy.PersonalDataTampered when the value fails authentication although its key exists
     */
    Optional<String> open(ContactId contactId, Sealed sealed);

    /** Opens the value and says whether it is open, erased, or tampered with; readers show the three apart. */
    default Unsealed unseal(ContactId contactId, Sealed sealed) {
        return open(contactId, sealed).map(Unsealed::open).orElseGet(Unsealed::erased);
    }

    /** Destroys the contact's key: everything sealed for it becomes unreadable, in every copy of every event. */
    void destroy(ContactId contactId);
}
