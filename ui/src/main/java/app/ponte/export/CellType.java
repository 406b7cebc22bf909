package app.ponte.export;

/**
 * What a column holds, so that a spreadsheet can sort and sum it: text, a number, a date-time at the venue (a
 * {@link java.time.LocalDateTime}, with the zone in a column of its own) or a date.
 */
public enum CellType {
    TEXT,
    NUMBER,
    DATE_TIME,
    DATE
}
