package app.ponte.contact;

import app.ponte.privacy.CryptoShredder;
import app.ponte.privacy.Sealed;
import java.util.Optional;

/** The vault on AES-GCM with one key per contact. */
public class CryptoShreddingVault implements PersonalDataVault {

    private final CryptoShredder shredder;

    public CryptoShreddingVault(CryptoShredder shredder) {
        this.shredder = shredder;
    }

    static String keyId(ContactId contactId) {
        return "contact:" + contactId;
    }

    @Override
    public Sealed seal(ContactId contactId, String plaintext) {
        return shredder.seal(keyId(contactId), plaintext);
    }

    @Override
    public Optional<String> open(ContactId contactId, Sealed sealed) {
        // A value sealed for someone else must not open under this contact's name.
        if (!sealed.keyId().equals(keyId(contactId))) {
            return Optional.empty();
        }
        return shredder.open(sealed);
    }

    @Override
    public void destroy(ContactId contactId) {
        shredder.destroy(keyId(contactId));
    }
}
