package app.ponte.mission;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** The input rules shared by this package's commands, so every command words a broken rule the same way. */
final class Fields {

    static final int MAX_TEXT_LENGTH = 200;
    static final int MAX_LONG_TEXT_LENGTH = 20_000;

    private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());

    private Fields() {}

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidMissionInput(field, "is required");
        }
        return value;
    }

    static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidMissionInput(field, "must not be blank");
        }
        var trimmed = value.strip();
        if (trimmed.length() > MAX_TEXT_LENGTH) {
            throw new InvalidMissionInput(field, "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        return trimmed;
    }

    /** Reasons, minutes, reports and descriptions: prose, so longer than a name or a title. */
    static String longText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidMissionInput(field, "must not be blank");
        }
        var trimmed = value.strip();
        if (trimmed.length() > MAX_LONG_TEXT_LENGTH) {
            throw new InvalidMissionInput(field, "must be at most " + MAX_LONG_TEXT_LENGTH + " characters");
        }
        return trimmed;
    }

    static String optionalText(String field, String value) {
        return value == null || value.isBlank() ? "" : text(field, value);
    }

    static String countryCode(String field, String value) {
        var code = text(field, value).toUpperCase(Locale.ROOT);
        if (!COUNTRY_CODES.contains(code)) {
            throw new InvalidMissionInput(field, "must be an ISO 3166 two-letter country code, such as CN or IT");
        }
        return code;
    }

    static <T> List<T> list(String field, List<T> values) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new InvalidMissionInput(field, "must not contain empty entries");
        }
        return List.copyOf(values);
    }

    static List<String> themes(String field, List<String> values) {
        return list(field, values).stream()
                .map(theme -> text(field, theme))
                .distinct()
                .toList();
    }
}
