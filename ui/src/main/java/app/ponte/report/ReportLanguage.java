package app.ponte.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages a report is written in, chosen per report and not tied to the screens' language. */
public enum ReportLanguage {
    EN(Locale.ENGLISH),
    IT(Locale.ITALIAN);

    private final Locale locale;

    ReportLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code en} or {@code it}, in any case; empty for anything else. */
    public static Optional<ReportLanguage> of(String code) {
        return Arrays.stream(values()).filter(language -> language.code().equalsIgnoreCase(code)).findFirst();
    }
}
