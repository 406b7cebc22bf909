package app.ponte.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import javax.crypto.SecretKey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.ponte.privacy.KeyDestroyed;

class MongoKeyStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void aKeySurvivesARestartOfTheStore() {
        SecretKey key;
        try (MongoStore store = MongoStore.open("", dataDir, "keys")) {
            key = new MongoKeyStore(store.database()).keyFor("contact-1");
        }
        try (MongoStore store = MongoStore.open("", dataDir, "keys")) {
            MongoKeyStore keys = new MongoKeyStore(store.database());
            assertThat(keys.find("contact-1")).contains(key);
            assertThat(keys.keyFor("contact-1").getEncoded()).isEqualTo(key.getEncoded());
        }
    }

    @Test
    void aDestroyedKeyIsGoneForGoodAndNeverRecreated() {
        try (MongoStore store = MongoStore.inMemory("keys")) {
            MongoKeyStore keys = new MongoKeyStore(store.database());
            keys.keyFor("contact-2");

            keys.destroy("contact-2");

            assertThat(keys.find("contact-2")).isEmpty();
            assertThatThrownBy(() -> keys.keyFor("contact-2")).isInstanceOf(KeyDestroyed.class);
            assertThat(store.database().getCollection(MongoKeyStore.COLLECTION).find().first())
                    .as("no key material left").doesNotContainKey("key");
        }
    }

    @Test
    void destroyingAKeyThatNeverExistedStillBlocksIt() {
        try (MongoStore store = MongoStore.inMemory("keys")) {
            MongoKeyStore keys = new MongoKeyStore(store.database());
            keys.destroy("contact-3");
            assertThatThrownBy(() -> keys.keyFor("contact-3")).isInstanceOf(KeyDestroyed.class);
        }
    }
}
