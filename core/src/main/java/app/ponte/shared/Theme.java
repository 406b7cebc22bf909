package app.ponte.shared;

import java.util.Locale;

/**
 * A tag shared across engagements and outcomes, such as "prevention" or "chronic diseases". Kept in lower case so
 * that the same theme typed twice is one theme.
 */
public record Theme(String value) {

    public static final int MAX = 80;

    public Theme {
        value = Check.text("theme", value, MAX).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    public static Theme of(String value) {
        return new Theme(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
