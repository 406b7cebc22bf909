package app.ponte.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The forensic reader: given one erased contact's stored ciphertext (AES-256-GCM, nonce first, key id as associated
 * data), it tries every byte window of a file as the content key, and every window of a file that opens as a wrapped
 * key under a given key-encryption key, and reports the offsets whose key decrypts the ciphertext.
 */
final class StoreFileForensics {

    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** A wrapped key as the key store keeps it: nonce, the 32 key bytes encrypted, the tag. */
    static final int WRAPPED_BYTES = NONCE_BYTES + KEY_BYTES + TAG_BITS / 8;

    private final byte[] ciphertext;
    private final byte[] keyId;

    StoreFileForensics(byte[] ciphertext, String keyId) {
        this.ciphertext = ciphertext;
        this.keyId = keyId.getBytes(StandardCharsets.UTF_8);
    }

    /** Offsets of every 32-byte window of {@code file} that, as an AES key, authenticates and decrypts the ciphertext. */
    List<Integer> directKeyOffsets(byte[] file) throws GeneralSecurityException {
        List<Integer> found = new ArrayList<>();
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        var nonce = new GCMParameterSpec(TAG_BITS, ciphertext, 0, NONCE_BYTES);
        for (int offset = 0; offset + KEY_BYTES <= file.length; offset++) {
            if (opens(cipher, new SecretKeySpec(file, offset, KEY_BYTES, "AES"), nonce)) {
                found.add(offset);
            }
        }
        return found;
    }

    /**
     * Offsets of every window that unwraps under one of {@code keks} (with any of the key ids a wrapped key may be bound
     * to) into a key that decrypts the ciphertext.
     */
    List<Integer> wrappedKeyOffsets(byte[] file, List<byte[]> keks) throws GeneralSecurityException {
        List<Integer> found = new ArrayList<>();
        Cipher unwrap = Cipher.getInstance("AES/GCM/NoPadding");
        Cipher content = Cipher.getInstance("AES/GCM/NoPadding");
        var nonce = new GCMParameterSpec(TAG_BITS, ciphertext, 0, NONCE_BYTES);
        for (byte[] kek : keks) {
            var kekKey = new SecretKeySpec(kek, "AES");
            for (int offset = 0; offset + WRAPPED_BYTES <= file.length; offset++) {
                byte[] key = unwrapAt(unwrap, kekKey, file, offset);
                if (key != null && opens(content, new SecretKeySpec(key, "AES"), nonce)) {
                    found.add(offset);
                }
            }
        }
        return found;
    }

    private byte[] unwrapAt(Cipher unwrap, SecretKeySpec kek, byte[] file, int offset)
            throws GeneralSecurityException {
        try {
            unwrap.init(Cipher.DECRYPT_MODE, kek, new GCMParameterSpec(TAG_BITS, file, offset, NONCE_BYTES));
            unwrap.updateAAD(keyId);
            return unwrap.doFinal(file, offset + NONCE_BYTES, KEY_BYTES + TAG_BITS / 8);
        } catch (AEADBadTagException e) {
            return null;
        }
    }

    private boolean opens(Cipher cipher, SecretKeySpec key, GCMParameterSpec nonce) throws GeneralSecurityException {
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, nonce);
            cipher.updateAAD(keyId);
            cipher.doFinal(ciphertext, NONCE_BYTES, ciphertext.length - NONCE_BYTES);
            return true;
        } catch (AEADBadTagException e) {
            return false;
        }
    }
}
