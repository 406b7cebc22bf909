package app.ponte.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.organization.OrganizationId;
import app.ponte.privacy.CryptoShredder;
import app.ponte.privacy.InMemoryKeyStore;
import app.ponte.privacy.PersonalDataTampered;
import app.ponte.privacy.Sealed;
import app.ponte.privacy.Unsealed;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A ciphertext that fails authentication while its key exists was altered: it is reported, never read as erased. */
class TamperedPersonalDataTest {

    private final CryptoShreddingVault vault = new CryptoShreddingVault(new CryptoShredder(new InMemoryKeyStore()));
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger shredderLog = (Logger) LoggerFactory.getLogger(CryptoShredder.class);

    @BeforeEach
    void listen() {
        logged.start();
        shredderLog.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        shredderLog.detachAppender(logged);
    }

    @Test
    void anAlteredCiphertextIsTamperedAndLoggedWithTheKeyIdButNotTheData() {
        var contact = ContactId.random();
        var sealed = vault.seal(contact, "Maria Rossi");

        var altered = flipOneBit(sealed);

        assertThat(vault.unseal(contact, altered).state()).isEqualTo(Unsealed.State.TAMPERED);
        assertThatThrownBy(() -> vault.open(contact, altered)).isInstanceOf(PersonalDataTampered.class)
                .hasMessageContaining(contact.toString());
        assertThat(logged.list).isNotEmpty().allSatisfy(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.WARN);
            assertThat(line.getFormattedMessage()).contains("contact:" + contact).doesNotContain("Maria");
        });
    }

    @Test
    void anErasedContactIsStillErasedAndTheUntouchedValueOpens() {
        var contact = ContactId.random();
        var sealed = vault.seal(contact, "Maria Rossi");
        assertThat(vault.unseal(contact, sealed)).isEqualTo(Unsealed.open("Maria Rossi"));

        vault.destroy(contact);

        assertThat(vault.unseal(contact, sealed).state()).isEqualTo(Unsealed.State.ERASED);
        assertThat(vault.unseal(contact, flipOneBit(sealed)).state()).as("nothing to authenticate against")
                .isEqualTo(Unsealed.State.ERASED);
        assertThat(logged.list).isEmpty();
    }

    @Test
    void aValueCopiedFromAnotherContactIsTampered() {
        var contact = ContactId.random();
        var other = ContactId.random();
        assertThat(vault.unseal(contact, vault.seal(other, "Someone else")).state())
                .isEqualTo(Unsealed.State.TAMPERED);
    }

    @Test
    void theAuditNamesTheContactsWithTamperedDataAmongAllEvents() {
        var intact = ContactId.random();
        var tampered = ContactId.random();
        var erased = ContactId.random();
        List<Object> payloads = List.of(
                new ContactAdded(intact, vault.seal(intact, "A"), null, null, OrganizationId.random(), null),
                new ContactAdded(tampered, vault.seal(tampered, "B"), null, null, OrganizationId.random(), null),
                new ContactDetailsCorrected(tampered, vault.seal(tampered, "B"), flipOneBit(vault.seal(tampered,
                        "b@example.org")), null),
                new ContactAdded(erased, vault.seal(erased, "C"), null, null, OrganizationId.random(), null),
                "an event of another kind");
        vault.destroy(erased);

        var audit = new PersonalDataAudit(payloads::stream, vault);

        assertThat(audit.tamperedContacts()).containsExactly(tampered);
    }

    private static Sealed flipOneBit(Sealed sealed) {
        byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
        bytes[bytes.length - 3] ^= 1;
        return new Sealed(sealed.keyId(), Base64.getEncoder().encodeToString(bytes));
    }
}
