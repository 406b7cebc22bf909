package app.ponte.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.contact.ContactAdded;
import app.ponte.contact.ContactId;
import app.ponte.contact.CryptoShreddingVault;
import app.ponte.contact.PersonalDataAudit;
import app.ponte.organization.OrganizationId;
import app.ponte.privacy.CryptoShredder;
import app.ponte.privacy.InMemoryKeyStore;
import app.ponte.privacy.Sealed;
import app.ponte.store.HashChain;
import app.ponte.store.MongoEventStorageEngine;
import app.ponte.store.MongoStore;
import app.ponte.store.PonteSerializer;
import java.time.Clock;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

/** The verify names a contact whose sealed data fails authentication, which the hash chain alone cannot see. */
class ChainVerificationTamperTest {

    @Test
    void theVerifyReportsTamperedPersonalDataAndNotErasedContacts() {
        try (MongoStore store = MongoStore.inMemory("verify")) {
            var engine = MongoEventStorageEngine.builder().database(store.database())
                    .eventSerializer(PonteSerializer.jackson()).snapshotSerializer(PonteSerializer.jackson()).build();
            var vault = new CryptoShreddingVault(new CryptoShredder(new InMemoryKeyStore()));
            var intact = ContactId.random();
            var erased = ContactId.random();
            var tampered = ContactId.random();
            // Sealed under the right key id but by another key: what an altered key or ciphertext looks like.
            var forged = new CryptoShreddingVault(new CryptoShredder(new InMemoryKeyStore())).seal(tampered, "X");
            vault.seal(tampered, "first use creates the real key");
            engine.appendEvents(added(intact, vault.seal(intact, "Anna")), added(erased, vault.seal(erased, "Bruno")),
                    added(tampered, forged));
            vault.destroy(erased);
            try (var chain = new HashChain(store.database(), engine)) {
                chain.extend();
                var verification = new ChainVerification(chain, Clock.systemUTC(), new PersonalDataAudit(
                        () -> engine.readEvents(null, false).map(EventMessage::getPayload), vault));

                var verdict = verification.handle(new VerifyHashChain());

                assertThat(verdict.intact()).as("the events themselves are unchanged").isTrue();
                assertThat(verdict.tamperedContacts()).containsExactly(tampered.toString());
                assertThat(verdict.summary()).contains("tampered").contains(tampered.toString());
            }
        }
    }

    private static GenericDomainEventMessage<ContactAdded> added(ContactId contact, Sealed name) {
        return new GenericDomainEventMessage<>("Contact", contact.toString(), 0,
                new ContactAdded(contact, name, null, null, OrganizationId.random(), null));
    }
}
