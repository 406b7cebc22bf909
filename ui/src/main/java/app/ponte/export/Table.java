package app.ponte.export;

import java.util.List;

/**
 * A list ready to be written: a file name without extension, its columns, and its rows. The rows are read once, as
 * they are written; a source that pages through a read model never holds more than a page.
 */
public record Table<T>(String name, List<Column<T>> columns, Iterable<T> rows) {

    public Table {
        if (name == null || !name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("A table's name is lower-case letters, digits and dashes: " + name);
        }
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A table has at least one column");
        }
    }
}
