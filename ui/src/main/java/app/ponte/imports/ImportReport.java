package app.ponte.imports;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one import: who ran it, on which file, and every row's outcome. {@code importId} is also the
 * correlation id of every event the import caused, so the audit finds them.
 */
public record ImportReport(String importId, String userId, String fileName, ImportKind kind, Instant startedAt,
        Instant finishedAt, List<RowOutcome> rows, boolean undone) {

    public ImportReport {
        rows = List.copyOf(rows);
    }

    public Map<RowOutcome.Status, Integer> counts() {
        Map<RowOutcome.Status, Integer> counts = new EnumMap<>(RowOutcome.Status.class);
        for (RowOutcome.Status status : RowOutcome.Status.values()) {
            counts.put(status, 0);
        }
        rows.forEach(row -> counts.merge(row.status(), 1, Integer::sum));
        return counts;
    }

    /** The report as CSV, one line a row, for download. */
    public String csv() {
        var out = new StringBuilder("row,verdict,action,status,recordId,field,message\r\n");
        for (RowOutcome row : rows) {
            out.append(row.row()).append(',').append(row.verdict()).append(',').append(row.action()).append(',')
                    .append(row.status()).append(',').append(cell(row.recordId())).append(',')
                    .append(cell(row.field())).append(',').append(cell(row.message())).append("\r\n");
        }
        return out.toString();
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        // A leading = + - @ would run as a formula in a spreadsheet program.
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
