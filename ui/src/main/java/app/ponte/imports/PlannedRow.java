package app.ponte.imports;

import java.util.List;
import java.util.Map;

/**
 * One row of the preview: its verdict, the record it updates (for {@link Verdict#UPDATE}), the candidates of a
 * possible duplicate, or the field and rule it breaks; {@code values} are the mapped cells as read.
 *
 * <p>{@code create} and {@code update} are the commands the row would send, already validated: a row has at most one
 * command of each, and only one of them is sent, so a row is written whole or not at all.
 */
public record PlannedRow(int row, Verdict verdict, Map<String, String> values, String targetId,
        List<Candidate> candidates, String field, String rule, Object create, Object update) {

    public PlannedRow {
        values = Map.copyOf(values.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        candidates = List.copyOf(candidates);
    }

    static PlannedRow error(int row, Map<String, String> values, String field, String rule) {
        return new PlannedRow(row, Verdict.ERROR, values, null, List.of(), field, rule, null, null);
    }

    /** The error as one sentence, "field: rule". */
    public String message() {
        return field == null ? null : field + ": " + rule;
    }
}
