package app.ponte.imports;

import app.ponte.organization.OrganizationType;
import app.ponte.shared.CountryCode;

/** What a row that leaves a field empty gets: a type and a country for organizations; either may be null. */
public record ImportOptions(OrganizationType defaultType, CountryCode defaultCountry) {

    public static final ImportOptions NONE = new ImportOptions(null, null);
}
