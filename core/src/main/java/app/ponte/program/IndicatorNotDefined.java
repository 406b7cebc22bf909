package app.ponte.program;

import app.ponte.shared.DomainException;

public class IndicatorNotDefined extends DomainException {

    public IndicatorNotDefined(IndicatorKind kind) {
        super("The program has no " + kind + " indicator to drop.");
    }
}
