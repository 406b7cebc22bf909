package app.ponte.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an export: its header (already in the reader's language), its type and how to read its value from
 * a row. A value may be null (an empty cell); otherwise it must be of the type's Java class: a {@link String} for
 * text, a {@link Number}, a {@link LocalDateTime} or a {@link LocalDate}.
 */
public record Column<T>(String header, CellType type, Function<T, ?> value) {

    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    public static <T> Column<T> text(String header, Function<T, String> value) {
        return new Column<>(header, CellType.TEXT, value);
    }

    public static <T> Column<T> number(String header, Function<T, ? extends Number> value) {
        return new Column<>(header, CellType.NUMBER, value);
    }

    public static <T> Column<T> dateTime(String header, Function<T, LocalDateTime> value) {
        return new Column<>(header, CellType.DATE_TIME, value);
    }

    public static <T> Column<T> date(String header, Function<T, LocalDate> value) {
        return new Column<>(header, CellType.DATE, value);
    }

    /** The cell of one row, checked against the column's type so that a wrong one fails here, naming the column. */
    Object cell(T row) {
        Object cell = value.apply(row);
        if (cell == null) {
            return null;
        }
        boolean fits = switch (type) {
            case TEXT -> cell instanceof String;
            case NUMBER -> cell instanceof Number;
            case DATE_TIME -> cell instanceof LocalDateTime;
            case DATE -> cell instanceof LocalDate;
        };
        if (!fits) {
            throw new IllegalStateException("Column " + header + " is " + type + " but its value is a "
                    + cell.getClass().getSimpleName());
        }
        return cell;
    }
}
