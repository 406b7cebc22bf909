package app.ponte.contact;

import app.ponte.privacy.Sealed;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** A see-through vault for fixture tests: sealing is deterministic so expected events can be written down. */
class RecordingVault implements PersonalDataVault {

    final Set<ContactId> destroyed = new HashSet<>();

    static Sealed sealed(ContactId id, String plaintext) {
        return new Sealed("contact:" + id, "sealed(" + plaintext + ")");
    }

    @Override
    public Sealed seal(ContactId contactId, String plaintext) {
        return sealed(contactId, plaintext);
    }

    @Override
    public Optional<String> open(ContactId contactId, Sealed sealed) {
        if (destroyed.contains(contactId)) {
            return Optional.empty();
        }
        return Optional.of(sealed.ciphertext().substring(7, sealed.ciphertext().length() - 1));
    }

    @Override
    public void destroy(ContactId contactId) {
        destroyed.add(contactId);
    }
}
