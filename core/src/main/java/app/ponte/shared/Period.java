package app.ponte.shared;

import java.time.LocalDate;

/** A span of calendar days, both ends included. */
public record Period(LocalDate start, LocalDate end) {

    public Period {
        Check.present("start", start);
        Check.present("end", end);
        if (end.isBefore(start)) {
            throw new InvalidField("end", "must not be before the start");
        }
    }

    public static Period of(LocalDate start, LocalDate end) {
        return new Period(start, end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public boolean encloses(Period other) {
        return contains(other.start) && contains(other.end);
    }

    public boolean overlaps(Period other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
