package app.ponte.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import javax.crypto.SecretKey;

import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import app.ponte.privacy.InMemoryKeyStore;
import app.ponte.privacy.KeyDestroyed;
import app.ponte.privacy.KeyEncryptionKeys;
import app.ponte.privacy.PersonalDataTampered;

class MongoKeyStoreTest {

    @TempDir
    Path dataDir;

    private Path kekFile() {
        return dataDir.resolve("ponte.kek");
    }

    @Test
    void aKeySurvivesARestartOfTheStore() {
        SecretKey key;
        try (MongoStore store = MongoStore.open("", dataDir, "keys")) {
            key = MongoKeyStore.open(store.database(), kekFile()).keyFor("contact-1");
        }
        try (MongoStore store = MongoStore.open("", dataDir, "keys")) {
            MongoKeyStore keys = MongoKeyStore.open(store.database(), kekFile());
            assertThat(keys.find("contact-1")).contains(key);
            assertThat(keys.keyFor("contact-1").getEncoded()).isEqualTo(key.getEncoded());
        }
    }

    @Test
    void aKeyIsStoredOnlyWrappedByTheKeyEncryptionKeyFileOutsideTheDatabase() throws Exception {
        try (MongoStore store = MongoStore.inMemory("keys")) {
            byte[] key = MongoKeyStore.open(store.database(), kekFile()).keyFor("contact-1").getEncoded();

            Document stored = store.database().getCollection(MongoKeyStore.COLLECTION).find().first();
            assertThat(stored).doesNotContainKey("key").containsKeys("wrapped", "kek");
            assertThat(stored.toJson()).doesNotContain(java.util.Base64.getEncoder().encodeToString(key));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kekFile()))).isEqualTo("rw-------");
        }
    }

    @Test
    void aDestroyedKeyIsGoneForGoodAndNeverRecreated() {
        try (MongoStore store = MongoStore.inMemory("keys")) {
            MongoKeyStore keys = MongoKeyStore.open(store.database(), kekFile());
            keys.keyFor("contact-2");

            keys.destroy("contact-2");

            assertThat(keys.find("contact-2")).isEmpty();
            assertThatThrownBy(() -> keys.keyFor("contact-2")).isInstanceOf(KeyDestroyed.class);
            assertThat(store.database().getCollection(MongoKeyStore.COLLECTION).find().first())
                    .as("no key material left").doesNotContainKeys("key", "wrapped");
        }
    }

    @Test
    void destroyingAKeyThatNeverExistedStillBlocksIt() {
        try (MongoStore store = MongoStore.inMemory("keys")) {
            MongoKeyStore keys = MongoKeyStore.open(store.database(), kekFile());
            keys.destroy("contact-3");
            assertThatThrownBy(() -> keys.keyFor("contact-3")).isInstanceOf(KeyDestroyed.class);
        }
    }

    @Test
    void anErasureReplacesTheKeyEncryptionKeySoOldWrappedCopiesOpenNothing() {
        try (MongoStore store = MongoStore.inMemory("keys")) {
            MongoKeyStore keys = MongoKeyStore.open(store.database(), kekFile());
            byte[] kept = keys.keyFor("kept").getEncoded();
            keys.keyFor("erased");
            var before = KeyEncryptionKeys.open(kekFile(), false).current();
            Document oldCopy = store.database().getCollection(MongoKeyStore.COLLECTION)
                    .find(Filters.eq("_id", "erased")).first();

            keys.destroy("erased");

            var after = KeyEncryptionKeys.open(kekFile(), false);
            assertThat(after.current().number()).isEqualTo(before.number() + 1);
            assertThat(after.current().key()).isNotEqualTo(before.key());
            assertThat(after.previous()).as("the old KEK is gone from the file").isEmpty();
            assertThat(after.unwrap("erased", oldCopy.get("wrapped", Binary.class).getData(), after.current()))
                    .as("an old copy of the erased key's document opens nothing under the new KEK").isEmpty();
            assertThat(keys.find("kept").orElseThrow().getEncoded()).isEqualTo(kept);
            assertThat(MongoKeyStore.open(store.database(), kekFile()).find("kept").orElseThrow().getEncoded())
                    .as("and after a restart").isEqualTo(kept);
        }
    }

    /** A crash after each step of the erasure protocol: on the next start every other key opens, the KEK is single. */
    @ParameterizedTest
    @ValueSource(strings = {"rotation begun", "tombstoned", "rewrapped one", "rewrapped", "finished"})
    void aCrashAtAnyStepOfAnErasureLosesNoOtherKey(String crashAfter) {
        try (MongoStore store = MongoStore.inMemory("keys")) {
            MongoKeyStore keys = MongoKeyStore.open(store.database(), kekFile());
            List<byte[]> others = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                others.add(keys.keyFor("kept-" + i).getEncoded());
            }
            keys.keyFor("erased");
            MongoKeyStore crashing = MongoKeyStore.withSteps(store.database(), kekFile(), step -> {
                if (step.equals(crashAfter)) {
                    throw new SimulatedCrash();
                }
            });

            assertThatThrownBy(() -> crashing.destroy("erased")).isInstanceOf(SimulatedCrash.class);

            MongoKeyStore restarted = MongoKeyStore.open(store.database(), kekFile());
            for (int i = 0; i < 5; i++) {
                assertThat(restarted.find("kept-" + i).orElseThrow().getEncoded()).isEqualTo(others.get(i));
            }
            assertThat(KeyEncryptionKeys.open(kekFile(), false).previous()).as("rotation finished on start").isEmpty();
            if (!crashAfter.equals("rotation begun")) {
                assertThat(restarted.find("erased")).isEmpty();
            }
            // Erasing again completes what the crash interrupted.
            restarted.destroy("erased");
            assertThat(restarted.find("erased")).isEmpty();
            assertThat(restarted.find("kept-0").orElseThrow().getEncoded()).isEqualTo(others.get(0));
        }
    }

    @Test
    void keysStoredInClearByAnEarlierVersionAreWrappedWhenTheStoreOpens() {
        try (MongoStore store = MongoStore.inMemory("keys")) {
            var collection = store.database().getCollection(MongoKeyStore.COLLECTION);
            byte[] legacy = InMemoryKeyStore.newKey().getEncoded();
            collection.insertOne(new Document("_id", "contact:legacy").append("key", new Binary(legacy)));
            collection.insertOne(new Document("_id", "contact:gone").append("destroyed", true));

            MongoKeyStore keys = MongoKeyStore.open(store.database(), kekFile());

            assertThat(keys.migratedClearKeys()).isEqualTo(1);
            assertThat(collection.find(Filters.eq("_id", "contact:legacy")).first())
                    .doesNotContainKey("key").containsKeys("wrapped", "kek");
            assertThat(keys.find("contact:legacy").orElseThrow().getEncoded()).isEqualTo(legacy);
            assertThat(keys.find("contact:gone")).isEmpty();
        }
    }

    @Test
    void aWrappedKeyAlteredInTheStoreIsReportedAsTamperedNotAsErased() {
        try (MongoStore store = MongoStore.inMemory("keys")) {
            MongoKeyStore keys = MongoKeyStore.open(store.database(), kekFile());
            keys.keyFor("contact-4");
            var collection = store.database().getCollection(MongoKeyStore.COLLECTION);
            byte[] wrapped = collection.find().first().get("wrapped", Binary.class).getData();
            wrapped[20] ^= 1;
            collection.updateOne(Filters.eq("_id", "contact-4"), Updates.set("wrapped", new Binary(wrapped)));

            assertThatThrownBy(() -> keys.find("contact-4")).isInstanceOf(PersonalDataTampered.class)
                    .hasMessageContaining("contact-4");
        }
    }

    @Test
    void aStoreWithWrappedKeysRefusesToStartWithoutItsKeyEncryptionKeyFile() throws Exception {
        try (MongoStore store = MongoStore.inMemory("keys")) {
            MongoKeyStore.open(store.database(), kekFile()).keyFor("contact-5");
            Files.delete(kekFile());

            assertThatThrownBy(() -> MongoKeyStore.open(store.database(), kekFile()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("ponte.kek is missing");
        }
    }

    @Test
    void aKeyEncryptionKeyFileReadableByOthersIsRefused() throws Exception {
        KeyEncryptionKeys.open(kekFile(), true);
        Files.setPosixFilePermissions(kekFile(), PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> KeyEncryptionKeys.open(kekFile(), false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("accessible to others (rw-r--r--)").hasMessageContaining("chmod 600");
    }

    @Test
    void aMongoDbDeploymentMustNameItsKeyEncryptionKeyFile() {
        assertThat(MongoKeyStore.kekFile("", "", dataDir)).isEqualTo(dataDir.resolve("ponte.kek"));
        assertThat(MongoKeyStore.kekFile("/run/secrets/kek", "mongodb://db/", dataDir))
                .isEqualTo(Path.of("/run/secrets/kek"));
        assertThatThrownBy(() -> MongoKeyStore.kekFile(" ", "mongodb://db/", dataDir))
                .hasMessageContaining("PONTE_KEK_FILE");
    }

    private static final class SimulatedCrash extends RuntimeException {
    }
}
