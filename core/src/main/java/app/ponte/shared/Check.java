package app.ponte.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Field checks used by the compact constructors of commands and values; each failure names the field and the rule. */
public final class Check {

    public static final int NAME_MAX = 200;
    public static final int TITLE_MAX = 300;
    public static final int TEXT_MAX = 4000;
    public static final int REASON_MAX = 1000;

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
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            throw new InvalidField(field, "must be at most " + max + " characters long");
        }
        return trimmed;
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
