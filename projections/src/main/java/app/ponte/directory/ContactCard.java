package app.ponte.directory;

import app.ponte.contact.ContactId;
import app.ponte.organization.OrganizationId;

/**
 * A contact as its card shows it. Personal data comes from the privacy vault at the time of the query; once the
 * contact is erased, name, e-mail and phone are gone and {@code erased} is true.
 */
public record ContactCard(ContactId contactId, String fullName, String email, String phone,
        OrganizationId organizationId, String organizationName, String roleTitle, boolean erased) {

    public static final String ERASED_NAME = "Erased contact";
    /** Shown for a value that fails authentication although its key exists: altered, which is not erased. */
    public static final String TAMPERED_TEXT = "Altered personal data (fails verification)";
}
