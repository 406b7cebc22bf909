package app.ponte.imports;

import app.ponte.shared.InvalidField;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which column (by index in the header row) holds each field; a field without a column is left empty. */
public record ColumnMapping(ImportKind kind, Map<ImportField, Integer> columns) {

    public ColumnMapping {
        columns = Collections.unmodifiableMap(columns.isEmpty() ? new EnumMap<>(ImportField.class)
                : new EnumMap<>(columns));
    }

    /** The column of a field, or -1. */
    public int column(ImportField field) {
        return columns.getOrDefault(field, -1);
    }

    /** The mapping guessed from the headers: exact synonyms first, then headers that contain one. */
    public static ColumnMapping guess(ImportKind kind, List<String> headers) {
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        Set<Integer> taken = new HashSet<>();
        List<String> folded = headers.stream().map(ImportField::foldHeader).toList();
        for (boolean exact : new boolean[] {true, false}) {
            for (ImportField field : kind.fields()) {
                if (columns.containsKey(field)) {
                    continue;
                }
                found:
                for (String synonym : field.synonyms()) {
                    for (int c = 0; c < folded.size(); c++) {
                        String header = folded.get(c);
                        boolean matches = exact ? header.equals(synonym)
                                : (" " + header + " ").contains(" " + synonym + " ");
                        if (matches && !taken.contains(c)) {
                            columns.put(field, c);
                            taken.add(c);
                            break found;
                        }
                    }
                }
            }
        }
        return new ColumnMapping(kind, columns);
    }

    /**
     * This mapping with some fields pointed at other headers (by the header's text) or at none (an empty text).
     * A header that is not in the file, or a field of another kind, is refused by name.
     */
    public ColumnMapping with(Map<String, String> overrides, List<String> headers) {
        Map<ImportField, Integer> changed = new EnumMap<>(ImportField.class);
        changed.putAll(columns);
        overrides.forEach((key, header) -> {
            ImportField field = kind.fields().stream().filter(f -> f.key().equals(key)).findFirst()
                    .orElseThrow(() -> new InvalidField("mapping", "names " + key + ", which is not a field of "
                            + kind.name().toLowerCase() + " (" + String.join(", ", kind.fields().stream()
                                    .map(ImportField::key).toList()) + ")"));
            if (header == null || header.isBlank()) {
                changed.remove(field);
                return;
            }
            int column = headers.indexOf(header.strip());
            if (column < 0) {
                throw new InvalidField("mapping", "maps " + key + " to the column \"" + header
                        + "\", which the file does not have");
            }
            changed.put(field, column);
        });
        return new ColumnMapping(kind, changed);
    }

    /** The header each mapped field reads, for showing and for the API's answer. */
    public Map<String, String> describe(List<String> headers) {
        Map<String, String> described = new java.util.LinkedHashMap<>();
        for (ImportField field : kind.fields()) {
            int column = column(field);
            described.put(field.key(), column < 0 || column >= headers.size() ? null : headers.get(column));
        }
        return described;
    }
}
