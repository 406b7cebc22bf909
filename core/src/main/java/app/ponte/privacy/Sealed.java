package app.ponte.privacy;

import java.util.Objects;

/**
 * A piece of personal data as it is stored in events: AES-GCM ciphertext (Base64 of nonce and ciphertext) and the id
 * of the key that opens it. Once that key is destroyed nothing can turn it back into the plaintext.
 */
public record Sealed(String keyId, String ciphertext) {

    public Sealed {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(ciphertext, "ciphertext");
    }

    @Override
    public String toString() {
        // Sealed values end up in logs and exception messages; the ciphertext is of no use there.
        return "Sealed[" + keyId + "]";
    }
}
