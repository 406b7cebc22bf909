package app.ponte.contact;

import app.ponte.organization.OrganizationId;

/** What another aggregate's decision needs to know about a contact: where they work and whether they were erased. */
public record ContactStanding(ContactId contactId, OrganizationId organizationId, boolean erased) {}
