package app.ponte.organization;

import app.ponte.shared.Check;
import app.ponte.shared.CountryCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Corrects what was registered about an organization other than its name: type, place and website. */
public record CorrectOrganizationDetails(
        @TargetAggregateIdentifier OrganizationId organizationId,
        OrganizationType type,
        CountryCode country,
        String city,
        String website) {

    public CorrectOrganizationDetails {
        Check.present("organizationId", organizationId);
        Check.present("type", type);
        Check.present("country", country);
        city = Check.text("city", city, Check.NAME_MAX);
        website = Check.optionalWebsite("website", website);
    }
}
