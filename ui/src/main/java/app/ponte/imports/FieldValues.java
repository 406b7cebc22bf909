package app.ponte.imports;

import app.ponte.organization.OrganizationType;
import app.ponte.shared.CountryCode;
import app.ponte.shared.InvalidField;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/** Reads the cells people type into values: a country by code or by name, a type by its English or Italian name. */
final class FieldValues {

    private static final Map<String, String> COUNTRIES = new HashMap<>();
    private static final Map<String, OrganizationType> TYPES = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            var locale = new Locale("", code);
            COUNTRIES.put(ImportField.foldHeader(locale.getDisplayCountry(Locale.ENGLISH)), code);
            COUNTRIES.put(ImportField.foldHeader(locale.getDisplayCountry(Locale.ITALIAN)), code);
        }
        COUNTRIES.put("prc", "CN");
        COUNTRIES.put("people s republic of china", "CN");
        COUNTRIES.put("repubblica popolare cinese", "CN");
        COUNTRIES.put("uk", "GB");
        COUNTRIES.put("usa", "US");
        COUNTRIES.put("stati uniti", "US");
        for (OrganizationType type : OrganizationType.values()) {
            TYPES.put(ImportField.foldHeader(type.name().replace('_', ' ')), type);
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.ITALIAN}) {
                label(type, locale).ifPresent(label -> TYPES.put(ImportField.foldHeader(label), type));
            }
        }
        TYPES.put("universita", OrganizationType.UNIVERSITY);
        TYPES.put("azienda", OrganizationType.COMPANY);
        TYPES.put("societa", OrganizationType.COMPANY);
        TYPES.put("embassy", OrganizationType.DIPLOMATIC_POST);
        TYPES.put("consulate", OrganizationType.DIPLOMATIC_POST);
        TYPES.put("ambasciata", OrganizationType.DIPLOMATIC_POST);
        TYPES.put("consolato", OrganizationType.DIPLOMATIC_POST);
    }

    private FieldValues() {
    }

    private static Optional<String> label(OrganizationType type, Locale locale) {
        try {
            return Optional.of(ResourceBundle.getBundle("messages", locale).getString("orgType." + type.name()));
        } catch (MissingResourceException none) {
            return Optional.empty();
        }
    }

    /** The country a cell names, as code ("CN", "cn") or name ("China", "Cina"); null for an empty cell. */
    static CountryCode country(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String code = cell.strip().length() == 2 ? cell.strip() : COUNTRIES.get(ImportField.foldHeader(cell));
        if (code == null) {
            throw new InvalidField("country", "must be a two-letter ISO 3166-1 code such as IT or CN, or a "
                    + "country's English or Italian name; \"" + cell.strip() + "\" is neither");
        }
        return new CountryCode(code);
    }

    /** The type a cell names; null for an empty cell. */
    static OrganizationType type(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        var type = TYPES.get(ImportField.foldHeader(cell.replace('_', ' ')));
        if (type == null) {
            throw new InvalidField("type", "must be one of " + String.join(", ",
                    java.util.Arrays.stream(OrganizationType.values()).map(Enum::name).toList())
                    + " (or its English or Italian name); \"" + cell.strip() + "\" is none of them");
        }
        return type;
    }
}
