package app.ponte.contact;

/** Everything that can happen to a contact. Personal fields are {@link app.ponte.privacy.Sealed}, never plain text. */
public sealed interface ContactEvent permits ContactAdded, ContactRoleChanged, ContactDetailsCorrected, ContactErased {

    ContactId contactId();
}
