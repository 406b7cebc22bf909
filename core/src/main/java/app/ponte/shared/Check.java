package app.ponte.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one input vocabulary of the domain: every command's compact constructor checks its fields here, and forms and
 * the API document read the limits from here, so a rule is worded and counted the same way everywhere. Lengths are
 * counted in code points (复旦大学 is four), text is trimmed, and absent optional text is {@code null}, never "".
 * Each failure names the field and the rule.
 */
public final class Check {

    /** Names of people, organizations, places and venues. */
    public static final int NAME_MAX = 200;
    /** Titles of missions, engagements, opportunities and follow-ups. */
    public static final int TITLE_MAX = 300;
    /** Descriptions and notes: an outcome, an opportunity, an organization. */
    public static final int TEXT_MAX = 4000;
    /** Why something was cancelled, retracted or lost. */
    public static final int REASON_MAX = 1000;
    /** Minutes of a meeting and a mission's closing report, which run to pages. */
    public static final int LONG_TEXT_MAX = 20_000;
    /** A theme of an engagement or an outcome, such as "chronic diseases". */
    public static final int THEME_MAX = 80;

    private static final Set<String> ISO_COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    /**
     * The e-mail form, deliberately loose: the mailbox is checked by delivering to it, this only catches typing
     * slips. Public, like the other forms, so that the API document states exactly the rule applied.
     */
    public static final String EMAIL_FORM = "^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$";
    public static final String PHONE_FORM = "^\\+?[0-9 ().\\-/]{4,30}$";
    private static final Pattern EMAIL = Pattern.compile(EMAIL_FORM);
    private static final Pattern PHONE = Pattern.compile(PHONE_FORM);

    private Check() {
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidField(field, "is required");
        }
        return value;
    }

    /**
     * Trims and requires some text no longer than {@code max} characters, counted as code points so 复旦大学 is four.
     */
    public static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidField(field, "must not be blank");
        }
        String trimmed = value.strip();
        if (!fits(trimmed, max)) {
            throw new InvalidField(field, "must be at most " + max + " characters long");
        }
        return trimmed;
    }

    /**
     * Whether text fits {@code max} as {@link #text} counts it (trimmed, in code points); absent text fits. Forms
     * check with this while typing, so they refuse exactly what the command would.
     */
    public static boolean fits(String value, int max) {
        if (value == null) {
            return true;
        }
        String trimmed = value.strip();
        return trimmed.codePointCount(0, trimmed.length()) <= max;
    }

    /** Like {@link #text} but blank means absent, returned as {@code null}. */
    public static String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(field, value, max);
    }

    public static String optionalEmail(String field, String value) {
        String email = optionalText(field, value, 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidField(field, "must be an e-mail address such as name@example.org");
        }
        return email;
    }

    public static String optionalPhone(String field, String value) {
        String phone = optionalText(field, value, 30);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidField(field, "must be a phone number of digits, spaces and an optional leading +");
        }
        return phone;
    }

    public static String optionalWebsite(String field, String value) {
        String site = optionalText(field, value, 500);
        if (site == null) {
            return null;
        }
        try {
            URI uri = new URI(site);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidField(field, "must be a web address starting with http:// or https://");
            }
        } catch (URISyntaxException e) {
            throw new InvalidField(field, "must be a web address starting with http:// or https://");
        }
        return site;
    }

    /** An ISO 3166-1 alpha-2 code, upper-cased, such as IT or CN. */
    public static String countryCode(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidField(field, "must not be blank");
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!ISO_COUNTRIES.contains(code)) {
            throw new InvalidField(field, "must be an ISO 3166-1 two-letter country code such as IT or CN");
        }
        return code;
    }

    /**
     * A theme as stored: trimmed and with single spaces, at most {@link #THEME_MAX} characters. Its case is the
     * officer's ("HIV", "Chronic diseases"); {@link #themes} drops a second spelling of the same theme.
     */
    public static String theme(String field, String value) {
        return text(field, value, THEME_MAX).replaceAll("\\s+", " ");
    }

    /** A list of themes, each as {@link #theme} keeps it; a theme typed again in another case is dropped. */
    public static List<String> themes(String field, Collection<String> values) {
        var seen = new HashSet<String>();
        return list(field, values).stream()
                .map(theme -> theme(field, theme))
                .filter(theme -> seen.add(theme.toLowerCase(Locale.ROOT)))
                .toList();
    }

    public static long positive(String field, long value) {
        if (value <= 0) {
            throw new InvalidField(field, "must be positive");
        }
        return value;
    }

    /** Copies a list, refusing absent elements; {@code null} reads as empty. */
    public static <T> List<T> list(String field, Collection<T> values) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(v -> v == null)) {
            throw new InvalidField(field, "must not contain empty entries");
        }
        return List.copyOf(values.stream().distinct().toList());
    }

    public static <T> List<T> nonEmptyList(String field, Collection<T> values) {
        List<T> copy = list(field, values);
        if (copy.isEmpty()) {
            throw new InvalidField(field, "must name at least one entry");
        }
        return copy;
    }
}
