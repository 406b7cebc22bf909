package app.ponte.organization;

import app.ponte.shared.CountryCode;

public record OrganizationRegistered(
        OrganizationId organizationId,
        String name,
        String nativeName,
        OrganizationType type,
        CountryCode country,
        String city,
        String website) implements OrganizationEvent {
}
