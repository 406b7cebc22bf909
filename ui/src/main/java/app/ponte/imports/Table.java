package app.ponte.imports;

import java.util.List;

/**
 * A spreadsheet as read: its header cells, its data rows, and how the file was understood (so the user can confirm
 * it). {@code encoding} and {@code delimiter} are null for an XLSX file.
 */
public record Table(String fileName, String format, String encoding, String delimiter, List<String> headers,
        List<Row> rows) {

    /** One data row; {@code number} counts as a spreadsheet program does, the header being row 1. */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell in a column, stripped; empty when the row is shorter. */
        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column).strip() : "";
        }
    }

    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
