package app.ponte.organization;

import app.ponte.shared.Check;
import app.ponte.shared.CountryCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a party. {@code nativeName} keeps the name in its own script (复旦大学) beside the Latin one; it and the
 * website are optional.
 */
public record RegisterOrganization(
        @TargetAggregateIdentifier OrganizationId organizationId,
        String name,
        String nativeName,
        OrganizationType type,
        CountryCode country,
        String city,
        String website) {

    public RegisterOrganization {
        Check.present("organizationId", organizationId);
        name = Check.text("name", name, Check.NAME_MAX);
        nativeName = Check.optionalText("nativeName", nativeName, Check.NAME_MAX);
        Check.present("type", type);
        Check.present("country", country);
        city = Check.text("city", city, Check.NAME_MAX);
        website = Check.optionalWebsite("website", website);
    }
}
