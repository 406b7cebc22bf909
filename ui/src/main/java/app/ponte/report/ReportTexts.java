package app.ponte.report;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A report's texts in its own language, from {@code reports.properties} and {@code reports_it.properties}: the same
 * pattern as the screens' {@code Translations}, with no fallback to the server's locale, but a bundle of its own
 * since a report's language is chosen per report.
 */
final class ReportTexts {

    private static final ResourceBundle.Control BASE_ONLY =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ReportLanguage language;
    private final ResourceBundle bundle;
    private final DateTimeFormatter date;
    private final DateTimeFormatter day;

    ReportTexts(ReportLanguage language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("reports",
                language == ReportLanguage.IT ? Locale.ITALIAN : Locale.ROOT, BASE_ONLY);
        this.date = DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale());
        this.day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", language.locale());
    }

    Locale locale() {
        return language.locale();
    }

    /** A missing key is a bug in the bundles, found by the tests of both languages rather than shown to a reader. */
    String get(String key, Object... params) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            throw new IllegalStateException("The report texts in " + language.code() + " have no " + key, missing);
        }
        return new MessageFormat(pattern, language.locale()).format(params);
    }

    String date(LocalDate value) {
        return value == null ? get("none") : date.format(value);
    }

    /** A day heading, capitalized: "Tuesday 16 May 2017", "Martedì 16 maggio 2017". */
    String day(LocalDate value) {
        String text = day.format(value);
        return text.substring(0, 1).toUpperCase(language.locale()) + text.substring(1);
    }

    String country(String code) {
        if (code == null) {
            return get("none");
        }
        String name = new Locale("", code).getDisplayCountry(language.locale());
        return name.isBlank() ? code : name;
    }

    /** "a", "a and b", "a, b and c". */
    String list(List<String> items) {
        if (items.isEmpty()) {
            return get("none");
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + get("list.and") + " "
                + items.get(items.size() - 1);
    }
}
