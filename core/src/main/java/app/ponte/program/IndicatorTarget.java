package app.ponte.program;

import app.ponte.shared.Check;
import app.ponte.shared.Period;

/** How much of an indicator a program means to reach within one period, such as 12 meetings held in 2017. */
public record IndicatorTarget(Period period, long target) {

    public IndicatorTarget {
        Check.present("period", period);
        Check.positive("target", target);
    }
}
