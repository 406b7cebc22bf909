package app.ponte.program;

import app.ponte.shared.DomainException;
import app.ponte.shared.Period;

public class TargetOutsideProgramPeriod extends DomainException {

    public TargetOutsideProgramPeriod(IndicatorKind kind, Period target, Period program) {
        super("The target for " + kind + " covers " + target + ", which is not within the program period " + program
                + ".");
    }
}
