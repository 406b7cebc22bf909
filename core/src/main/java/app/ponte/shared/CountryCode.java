package app.ponte.shared;

/** A country as its ISO 3166-1 alpha-2 code, such as IT or CN. */
public record CountryCode(String value) {

    public CountryCode {
        value = Check.countryCode("country", value);
    }

    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
