package app.ponte.privacy;

import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/** Keeps keys in memory, for tests and throw-away runs; everything sealed with it is lost on restart. */
public class InMemoryKeyStore implements KeyStore {

    private final Map<String, SecretKey> keys = new ConcurrentHashMap<>();
    private final Set<String> destroyed = ConcurrentHashMap.newKeySet();

    @Override
    public SecretKey keyFor(String keyId) {
        if (destroyed.contains(keyId)) {
            throw new KeyDestroyed(keyId);
        }
        return keys.computeIfAbsent(keyId, id -> newKey());
    }

    @Override
    public Optional<SecretKey> find(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    @Override
    public void destroy(String keyId) {
        destroyed.add(keyId);
        keys.remove(keyId);
    }

    /** A fresh random AES-256 key; public so other key stores create keys the same way. */
    public static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM offers no AES", e);
        }
    }
}
