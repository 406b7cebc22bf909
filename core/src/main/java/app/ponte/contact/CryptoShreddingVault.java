package app.ponte.contact;

import app.ponte.privacy.CryptoShredder;
import app.ponte.privacy.PersonalDataTampered;
import app.ponte.privacy.Sealed;
import app.ponte.privacy.Unsealed;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The vault on AES-GCM with one key per contact. */
public class CryptoShreddingVault implements PersonalDataVault {

    private static final Logger log = LoggerFactory.getLogger(CryptoShreddingVault.class);

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
        Unsealed unsealed = unseal(contactId, sealed);
        if (unsealed.isTampered()) {
            throw new PersonalDataTampered(keyId(contactId), "Personal data");
        }
        return Optional.ofNullable(unsealed.text());
    }

    @Override
    public Unsealed unseal(ContactId contactId, Sealed sealed) {
        // A value sealed for someone else, found in this contact's record, was copied there.
        if (!sealed.keyId().equals(keyId(contactId))) {
            log.warn("Personal data of contact {} is sealed under another key id: it was copied from another record",
                    contactId);
            return Unsealed.tampered();
        }
        return shredder.unseal(sealed);
    }

    @Override
    public void destroy(ContactId contactId) {
        shredder.destroy(keyId(contactId));
    }
}
