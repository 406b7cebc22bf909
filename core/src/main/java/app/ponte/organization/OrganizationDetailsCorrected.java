package app.ponte.organization;

import app.ponte.shared.CountryCode;

/** Carries all corrected details, so readers replace them without merging. */
public record OrganizationDetailsCorrected(
        OrganizationId organizationId, String name, OrganizationType type, CountryCode country, String city,
        String website) implements OrganizationEvent {
}
