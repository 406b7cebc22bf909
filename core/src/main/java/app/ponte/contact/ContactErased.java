package app.ponte.contact;

import app.ponte.organization.OrganizationId;

/** The contact's key is destroyed; readers replace name, e-mail and phone with an "erased" marker. */
public record ContactErased(ContactId contactId, OrganizationId organizationId, ErasureGround ground)
        implements ContactEvent {
}
