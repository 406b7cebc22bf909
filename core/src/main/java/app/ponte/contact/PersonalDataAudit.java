package app.ponte.contact;

import app.ponte.privacy.Sealed;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The verify's look at personal data: opens every sealed value of every contact event and names the contacts whose
 * data fails authentication although their key exists. The hash chain catches an altered event; this also catches an
 * altered wrapped key, which lives outside the chain, and a value copied in from another contact's record.
 */
public final class PersonalDataAudit {

    private final Supplier<Stream<?>> payloads;
    private final PersonalDataVault vault;

    /** {@code payloads} streams every stored event's payload, in any order; each call starts from the beginning. */
    public PersonalDataAudit(Supplier<Stream<?>> payloads, PersonalDataVault vault) {
        this.payloads = payloads;
        this.vault = vault;
    }

    /** The contacts with tampered personal data, in the order first found; empty when all of it opens or is erased. */
    public List<ContactId> tamperedContacts() {
        Set<ContactId> tampered = new LinkedHashSet<>();
        try (Stream<?> stream = payloads.get()) {
            stream.filter(ContactEvent.class::isInstance).map(ContactEvent.class::cast).forEach(event -> {
                if (sealedValues(event).anyMatch(sealed -> vault.unseal(event.contactId(), sealed).isTampered())) {
                    tampered.add(event.contactId());
                }
            });
        }
        return List.copyOf(tampered);
    }

    private static Stream<Sealed> sealedValues(ContactEvent event) {
        Stream<Sealed> values;
        if (event instanceof ContactAdded added) {
            values = Stream.of(added.fullName(), added.email(), added.phone());
        } else if (event instanceof ContactDetailsCorrected corrected) {
            values = Stream.of(corrected.fullName(), corrected.email(), corrected.phone());
        } else {
            values = Stream.empty();
        }
        return values.filter(Objects::nonNull);
    }
}
