package app.ponte.dashboard;

import app.ponte.program.IndicatorKind;
import java.time.LocalDate;

/** One indicator in its current period: the target and what the events add up to so far. */
public record IndicatorProgress(IndicatorKind kind, LocalDate periodStart, LocalDate periodEnd, long target,
        long actual) {

    /** Share of the target reached, 0 to 1 and beyond. */
    public double share() {
        return target == 0 ? 0 : (double) actual / target;
    }
}
