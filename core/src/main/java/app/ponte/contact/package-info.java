/** Contacts: people with a role at an organization, whose personal data is sealed in events and can be erased. */
package app.ponte.contact;
