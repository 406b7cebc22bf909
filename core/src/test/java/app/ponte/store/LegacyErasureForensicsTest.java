package app.ponte.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.ponte.contact.ContactId;
import app.ponte.contact.CryptoShreddingVault;
import app.ponte.privacy.CryptoShredder;
import app.ponte.privacy.InMemoryKeyStore;
import app.ponte.privacy.Sealed;

/**
 * A data folder of an earlier version held its keys in clear. Once opened by this version and an erasure made, the
 * erased key must not be left in clear in the file's old pages either.
 */
class LegacyErasureForensicsTest {

    @TempDir
    Path dataDir;

    @Test
    void aKeyStoredInClearByAnEarlierVersionIsGoneFromTheFileAfterItsErasure() throws Exception {
        ContactId erased = ContactId.random();
        byte[] clearKey = InMemoryKeyStore.newKey().getEncoded();
        byte[] otherKey = InMemoryKeyStore.newKey().getEncoded();
        try (MongoStore store = MongoStore.open("", dataDir, "ponte")) {
            var keys = store.database().getCollection(MongoKeyStore.COLLECTION);
            keys.insertOne(new Document("_id", CryptoShreddingVaultKeyId.of(erased)).append("key", new Binary(clearKey)));
            for (int i = 0; i < 20; i++) {
                keys.insertOne(new Document("_id", "contact:other-" + i)
                        .append("key", new Binary(i == 7 ? otherKey : InMemoryKeyStore.newKey().getEncoded())));
            }
        }
        assertThat(indexOf(Files.readAllBytes(dataDir.resolve("ponte.mv")), clearKey)).as("written in clear")
                .isNotNegative();

        Sealed name;
        try (MongoStore store = MongoStore.open("", dataDir, "ponte")) {
            var keys = MongoKeyStore.open(store.database(), dataDir.resolve("ponte.kek"));
            assertThat(keys.migratedClearKeys()).isEqualTo(21);
            store.rewriteEmbeddedFile();
            assertThat(keys.find("contact:other-7").orElseThrow().getEncoded()).as("after the rewrite")
                    .isEqualTo(otherKey);
            var vault = new CryptoShreddingVault(new CryptoShredder(keys));
            name = vault.seal(erased, "A person erased after the upgrade");
            vault.destroy(erased);
        }

        byte[] file = Files.readAllBytes(dataDir.resolve("ponte.mv"));
        assertThat(indexOf(file, clearKey)).as("the clear key left in the file").isNegative();
        var forensics = new StoreFileForensics(Base64.getDecoder().decode(name.ciphertext()),
                CryptoShreddingVaultKeyId.of(erased));
        assertThat(forensics.directKeyOffsets(file)).isEmpty();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
