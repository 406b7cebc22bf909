package app.ponte.store;

import app.ponte.contact.ContactId;

/** The key id the vault seals a contact's data under (bound into every ciphertext as associated data). */
final class CryptoShreddingVaultKeyId {

    private CryptoShreddingVaultKeyId() {
    }

    static String of(ContactId contact) {
        return "contact:" + contact;
    }
}
