package app.ponte.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.ponte.contact.ContactAdded;
import app.ponte.contact.ContactId;
import app.ponte.contact.CryptoShreddingVault;
import app.ponte.organization.OrganizationId;
import app.ponte.privacy.CryptoShredder;
import app.ponte.privacy.KeyEncryptionKeys;
import app.ponte.privacy.Sealed;

/**
 * What a reader of the store's file could recover after an erasure: the test plays the forensic reader on the embedded
 * store's file as the application configures it, and on a copy of that file taken before the erasure (a backup).
 */
class ErasureForensicsTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path backups;

    @Test
    void noWindowOfTheStoreFileOrOfAnEarlierBackupOpensAnErasedContact() throws Exception {
        List<ContactId> contacts = new ArrayList<>();
        List<Sealed> names = new ArrayList<>();
        try (MongoStore store = MongoStore.open("", dataDir, "ponte")) {
            var engine = engine(store);
            var vault = vault(store);
            for (int i = 0; i < 5; i++) {
                var contact = ContactId.random();
                var name = vault.seal(contact, "Contact number " + i + " with a long enough name");
                contacts.add(contact);
                names.add(name);
                engine.appendEvents(new GenericDomainEventMessage<>("Contact", contact.toString(), 0,
                        new ContactAdded(contact, name, null, null, OrganizationId.random(), "role " + i)));
            }
        }
        Path backup = Files.copy(dataDir.resolve("ponte.mv"), backups.resolve("ponte-before-erasure.mv"));
        byte[] kekBeforeErasure = KeyEncryptionKeys.open(dataDir.resolve("ponte.kek"), false).current().key().clone();

        ContactId erased = contacts.get(0);
        try (MongoStore store = MongoStore.open("", dataDir, "ponte")) {
            var vault = vault(store);
            assertThat(vault.open(erased, names.get(0))).as("readable before erasure").isPresent();
            vault.destroy(erased);
            assertThat(vault.open(erased, names.get(0))).isEmpty();
            assertThat(vault.open(contacts.get(1), names.get(1))).as("others still readable").isPresent();
        }

        byte[] ciphertext = Base64.getDecoder().decode(names.get(0).ciphertext());
        var forensics = new StoreFileForensics(ciphertext, CryptoShreddingVaultKeyId.of(erased));
        for (Path file : List.of(dataDir.resolve("ponte.mv"), backup)) {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(forensics.directKeyOffsets(bytes)).as("raw key windows in %s", file.getFileName()).isEmpty();
            assertThat(forensics.wrappedKeyOffsets(bytes, currentKeyEncryptionKeys()))
                    .as("wrapped keys opened by the current KEK file in %s", file.getFileName()).isEmpty();
        }
        // The search does find a key where one can be found: the backup opens under the KEK it was made with, which
        // is why the KEK file must not be kept with the backups of the store.
        assertThat(forensics.wrappedKeyOffsets(Files.readAllBytes(backup), List.of(kekBeforeErasure))).isNotEmpty();
    }

    /** Every KEK generation the KEK file holds after the erasure: what a reader who also stole it would have. */
    private List<byte[]> currentKeyEncryptionKeys() {
        var keks = KeyEncryptionKeys.open(dataDir.resolve("ponte.kek"), false);
        List<byte[]> held = new ArrayList<>();
        held.add(keks.current().key());
        keks.previous().ifPresent(previous -> held.add(previous.key()));
        return held;
    }

    private CryptoShreddingVault vault(MongoStore store) {
        return new CryptoShreddingVault(new CryptoShredder(MongoKeyStore.open(store.database(),
                dataDir.resolve("ponte.kek"))));
    }

    private static MongoEventStorageEngine engine(MongoStore store) {
        return MongoEventStorageEngine.builder().database(store.database())
                .eventSerializer(PonteSerializer.jackson()).snapshotSerializer(PonteSerializer.jackson()).build();
    }
}
