package app.ponte.shared;

import java.util.Locale;
import java.util.Set;

/** A country as its ISO 3166-1 alpha-2 code, such as IT or CN. */
public record CountryCode(String value) {

    private static final Set<String> ISO_COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    public CountryCode {
        if (value == null || value.isBlank()) {
            throw new InvalidField("country", "must not be blank");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!ISO_COUNTRIES.contains(value)) {
            throw new InvalidField("country", "must be an ISO 3166-1 two-letter country code such as IT or CN");
        }
    }

    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
