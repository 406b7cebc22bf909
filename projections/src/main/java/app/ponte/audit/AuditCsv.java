package app.ponte.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** Writes audit entries as CSV (RFC 4180): a header line, then one line per entry, quoted where needed. */
public final class AuditCsv {

    private static final List<String> HEADER = List.of("number", "at", "user", "role", "source", "record type",
            "record id", "program", "event", "summary", "event id", "correlation id");

    private AuditCsv() {
    }

    public static void write(Iterable<AuditEntry> entries, Writer out) {
        try {
            line(out, HEADER);
            for (AuditEntry entry : entries) {
                line(out, List.of(
                        Long.toString(entry.number()),
                        entry.at().toString(),
                        orEmpty(entry.userId()),
                        orEmpty(entry.role()),
                        orEmpty(entry.source()),
                        entry.recordType().label(),
                        orEmpty(entry.recordId()),
                        entry.programId() == null ? "" : entry.programId().toString(),
                        orEmpty(entry.event()),
                        orEmpty(entry.summary()),
                        orEmpty(entry.eventId()),
                        orEmpty(entry.correlationId())));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the audit log as CSV failed", e);
        }
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    // Cells starting with a formula sign are prefixed so that spreadsheets show them as text, never run them.
    private static String quote(String cell) {
        String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
