package app.ponte.imports;

import app.ponte.shared.InvalidField;
import java.util.HashMap;
import java.util.Map;

/**
 * What to do per verdict, and for single rows by their number. By default new rows are created, updates applied and
 * possible duplicates skipped; rows with errors are never run.
 */
public record ImportChoices(ImportAction onNew, ImportAction onUpdate, ImportAction onDuplicate,
        Map<Integer, ImportAction> rows) {

    public static final ImportChoices DEFAULTS = new ImportChoices(null, null, null, Map.of());

    public ImportChoices {
        onNew = onNew == null ? ImportAction.CREATE : onNew;
        onUpdate = onUpdate == null ? ImportAction.UPDATE : onUpdate;
        onDuplicate = onDuplicate == null ? ImportAction.SKIP : onDuplicate;
        rows = Map.copyOf(rows);
        if (onNew != ImportAction.CREATE && onNew != ImportAction.SKIP) {
            throw new InvalidField("onNew", "must be create or skip");
        }
        if (onUpdate != ImportAction.UPDATE && onUpdate != ImportAction.SKIP) {
            throw new InvalidField("onUpdate", "must be update or skip");
        }
    }

    /** Per-row choices written "5:skip,7:create", as the API takes them. */
    public static Map<Integer, ImportAction> parseRows(String text) {
        Map<Integer, ImportAction> rows = new HashMap<>();
        if (text == null || text.isBlank()) {
            return rows;
        }
        for (String part : text.split(",")) {
            String[] pair = part.split(":", 2);
            try {
                rows.put(Integer.parseInt(pair[0].strip()), ImportAction.parse("rows", pair.length > 1 ? pair[1]
                        : null));
            } catch (NumberFormatException notANumber) {
                throw new InvalidField("rows", "must list row choices as row:action, such as 5:skip,7:create");
            }
        }
        return rows;
    }

    /** The action for one planned row, or a rule naming the row when the chosen action cannot apply to it. */
    ImportAction actionFor(PlannedRow row) {
        if (row.verdict() == Verdict.ERROR) {
            return ImportAction.SKIP;
        }
        ImportAction chosen = rows.getOrDefault(row.row(), switch (row.verdict()) {
            case NEW -> onNew;
            case UPDATE -> onUpdate;
            default -> onDuplicate;
        });
        boolean possible = switch (chosen) {
            case SKIP -> true;
            case CREATE -> row.create() != null;
            case UPDATE, MERGE -> row.update() != null;
        };
        if (!possible) {
            throw new InvalidField("rows", "row " + row.row() + " (" + row.verdict().name().toLowerCase()
                    .replace('_', ' ') + ") cannot be " + chosen.name().toLowerCase() + "d: "
                    + (chosen == ImportAction.CREATE ? "it matches a record or an earlier row by its natural key"
                            : "it has no record in the directory to update"));
        }
        return chosen;
    }
}
