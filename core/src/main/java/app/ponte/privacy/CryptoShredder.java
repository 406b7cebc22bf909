package app.ponte.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seals text with AES-GCM under a key from the {@link KeyStore} and opens it again while that key exists. The key id
 * is bound in as associated data, so a ciphertext copied under another person's key id fails to open.
 */
public class CryptoShredder {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private static final Logger log = LoggerFactory.getLogger(CryptoShredder.class);

    private final KeyStore keys;
    private final SecureRandom random = new SecureRandom();

    public CryptoShredder(KeyStore keys) {
        this.keys = keys;
    }

    public Sealed seal(String keyId, String plaintext) {
        SecretKey key = keys.keyFor(keyId);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] ciphertext = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[NONCE_BYTES + ciphertext.length];
            System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
            System.arraycopy(ciphertext, 0, stored, NONCE_BYTES, ciphertext.length);
            return new Sealed(keyId, Base64.getEncoder().encodeToString(stored));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM sealing failed", e);
        }
    }

    /**
     * The plaintext, or empty once the key was destroyed.
     *
     * @throws PersonalDataTampered when the key exists but the value (or the wrapped key) fails authentication
     */
    public Optional<String> open(Sealed sealed) {
        Unsealed unsealed = unseal(sealed);
        if (unsealed.isTampered()) {
            throw new PersonalDataTampered(sealed.keyId(), "Personal data");
        }
        return Optional.ofNullable(unsealed.text());
    }

    /**
     * Opens the value and says what it found. A value whose key exists but that fails authentication was altered (or
     * its wrapped key was): that is logged, by key id only, and reported as tampered, never as erased.
     */
    public Unsealed unseal(Sealed sealed) {
        Optional<SecretKey> key;
        try {
            key = keys.find(sealed.keyId());
        } catch (PersonalDataTampered e) {
            return Unsealed.tampered();
        }
        if (key.isEmpty()) {
            return Unsealed.erased();
        }
        return decrypt(key.get(), sealed).map(Unsealed::open).orElseGet(() -> {
            log.warn("Personal data under {} fails authentication although its key exists: it was altered in the "
                    + "store", sealed.keyId());
            return Unsealed.tampered();
        });
    }

    public void destroy(String keyId) {
        keys.destroy(keyId);
    }

    private static Optional<String> decrypt(SecretKey key, Sealed sealed) {
        try {
            byte[] stored = Base64.getDecoder().decode(sealed.ciphertext());
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(sealed.keyId().getBytes(StandardCharsets.UTF_8));
            byte[] plaintext = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
            return Optional.of(new String(plaintext, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
