package app.ponte.directory;

import app.ponte.organization.OrganizationId;

/** An organization as the directory lists it; {@code nativeName} keeps its own script (复旦大学) when known. */
public record OrganizationCard(OrganizationId organizationId, String name, String nativeName, String type,
        String country, String city, String website, String status) {}
