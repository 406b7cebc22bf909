package app.ponte.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats a program report is written in, with the exact media type each is served as. */
public enum ProgramReportFormat {
    PDF("application/pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String mediaType;

    ProgramReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code pdf} or {@code xlsx}, in any case; empty for anything else. */
    public static Optional<ProgramReportFormat> of(String code) {
        return Arrays.stream(values()).filter(format -> format.extension().equalsIgnoreCase(code)).findFirst();
    }
}
