package app.ponte.export;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

/** The two spreadsheet formats, with their media types and file extensions. */
public enum ExportFormat {
    CSV("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** A format by its extension, {@code csv} or {@code xlsx}, in any case. */
    public static Optional<ExportFormat> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.extension.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** Writes every row of the table to {@code out}, a row at a time; {@code out} is left open. */
    public <T> long write(Table<T> table, OutputStream out) {
        return switch (this) {
            case CSV -> CsvTables.write(table, out);
            case XLSX -> XlsxTables.write(table, out);
        };
    }
}
