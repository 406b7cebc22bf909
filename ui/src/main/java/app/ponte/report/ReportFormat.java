package app.ponte.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats a report is written in, with the exact media type each is served as. */
public enum ReportFormat {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code pdf} or {@code docx}, in any case; empty for anything else. */
    public static Optional<ReportFormat> of(String code) {
        return Arrays.stream(values()).filter(format -> format.extension().equalsIgnoreCase(code)).findFirst();
    }
}
