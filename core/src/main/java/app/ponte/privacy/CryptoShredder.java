package app.ponte.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals text with AES-GCM under a key from the {@link KeyStore} and opens it again while that key exists. The key id
 * is bound in as associated data, so a ciphertext copied under another person's key id fails to open.
 */
public class CryptoShredder {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

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

    /** The plaintext, or empty once the key was destroyed or if the value was tampered with. */
    public Optional<String> open(Sealed sealed) {
        return keys.find(sealed.keyId()).flatMap(key -> decrypt(key, sealed));
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
