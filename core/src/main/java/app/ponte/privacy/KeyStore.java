package app.ponte.privacy;

import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Holds one data key per key id. Destroying a key must be final: a destroyed id never gets a key again, so data sealed
 * under it stays unreadable. Implementations: {@link InMemoryKeyStore} for tests; a MongoDB one in the store package.
 */
public interface KeyStore {

    /** The key for {@code keyId}, created on first use. */
    SecretKey keyFor(String keyId) throws KeyDestroyed;

    /** The key for {@code keyId} if it exists and was not destroyed. */
    Optional<SecretKey> find(String keyId);

    /** Destroys the key for good; destroying an unknown or already destroyed key is harmless. */
    void destroy(String keyId);
}
