package app.ponte.imports;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What an import would do, row by row, before anything is written; {@code mapping} names each field's column. */
public record ImportPreview(String fileName, ImportKind kind, String format, String encoding, String delimiter,
        List<String> headers, Map<String, String> mapping, List<PlannedRow> rows) {

    public ImportPreview {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public Map<Verdict, Integer> counts() {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict, 0);
        }
        rows.forEach(row -> counts.merge(row.verdict(), 1, Integer::sum));
        return counts;
    }
}
