package app.ponte.store;

import static com.mongodb.client.model.Filters.eq;

import java.util.Optional;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.bson.Document;
import org.bson.types.Binary;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import app.ponte.privacy.InMemoryKeyStore;
import app.ponte.privacy.KeyDestroyed;
import app.ponte.privacy.KeyStore;

/**
 * The data keys of crypto-shredding, one document per key id. Destroying a key removes its material and leaves a
 * tombstone, so the id can never get a key again and what was sealed under it stays unreadable for good.
 *
 * <p>The keys live in the same database as the events: erasure takes effect there at once, but a backup taken
 * before the erasure still holds the key, so backups must expire within the erasure deadline.
 */
public final class MongoKeyStore implements KeyStore {

    static final String COLLECTION = "personal_data_keys";

    private final MongoCollection<Document> keys;

    public MongoKeyStore(MongoDatabase database) {
        this.keys = database.getCollection(COLLECTION);
    }

    @Override
    public SecretKey keyFor(String keyId) {
        Optional<Document> existing = load(keyId);
        if (existing.isEmpty()) {
            SecretKey fresh = InMemoryKeyStore.newKey();
            try {
                keys.insertOne(new Document("_id", keyId).append("key", new Binary(fresh.getEncoded())));
                return fresh;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                // Another writer created (or destroyed) it first: use theirs.
                existing = load(keyId);
            }
        }
        return existing.map(document -> toKey(keyId, document)).orElseThrow(() -> new KeyDestroyed(keyId));
    }

    @Override
    public Optional<SecretKey> find(String keyId) {
        return load(keyId).filter(document -> !document.getBoolean("destroyed", false))
                .map(document -> toKey(keyId, document));
    }

    @Override
    public void destroy(String keyId) {
        keys.updateOne(eq("_id", keyId), Updates.combine(Updates.unset("key"), Updates.set("destroyed", true)),
                new UpdateOptions().upsert(true));
    }

    private Optional<Document> load(String keyId) {
        return Optional.ofNullable(keys.find(eq("_id", keyId)).first());
    }

    private static SecretKey toKey(String keyId, Document document) {
        if (document.getBoolean("destroyed", false)) {
            throw new KeyDestroyed(keyId);
        }
        return new SecretKeySpec(document.get("key", Binary.class).getData(), "AES");
    }
}
