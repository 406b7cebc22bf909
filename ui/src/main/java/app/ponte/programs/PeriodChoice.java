package app.ponte.programs;

import app.ponte.shared.Period;
import java.time.LocalDate;

/**
 * What the dashboard's period selector offers: each indicator's current target period, the program's whole life, or
 * one of its target periods.
 */
record PeriodChoice(Kind kind, LocalDate from, LocalDate to) {

    enum Kind { CURRENT, ALL_TIME, TARGET }

    static final PeriodChoice CURRENT = new PeriodChoice(Kind.CURRENT, null, null);

    static PeriodChoice allTime(LocalDate from, LocalDate to) {
        return new PeriodChoice(Kind.ALL_TIME, from, to);
    }

    static PeriodChoice target(Period period) {
        return new PeriodChoice(Kind.TARGET, period.start(), period.end());
    }

    boolean isCurrent() {
        return kind == Kind.CURRENT;
    }

    /** A whole calendar year, which reads best as just its number. */
    boolean isCalendarYear() {
        return from != null && from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()));
    }
}
