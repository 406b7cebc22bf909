package app.ponte.contact;

import app.ponte.organization.OrganizationId;
import app.ponte.privacy.Sealed;

/** {@code email} and {@code phone} are absent when not given. */
public record ContactAdded(
        ContactId contactId,
        Sealed fullName,
        Sealed email,
        Sealed phone,
        OrganizationId organizationId,
        String roleTitle) implements ContactEvent {
}
