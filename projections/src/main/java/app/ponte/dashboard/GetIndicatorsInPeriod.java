package app.ponte.dashboard;

import app.ponte.program.ProgramId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Asks for a program's indicators over a chosen window of business days, both ends included, for the dashboard's
 * period selector. With neither end given, each indicator is shown in its current target period, exactly as the
 * dashboard shows it; otherwise every indicator with a target period inside the window is counted over the whole
 * window, against those targets.
 */
public record GetIndicatorsInPeriod(ProgramId programId, LocalDate from, LocalDate to) {

    public GetIndicatorsInPeriod {
        Objects.requireNonNull(programId, "GetIndicatorsInPeriod needs a programId");
        if ((from == null) != (to == null)) {
            throw new IllegalArgumentException("GetIndicatorsInPeriod needs both ends of its window, or neither");
        }
    }

    /** Each indicator in the target period that holds today (the dashboard's default). */
    public static GetIndicatorsInPeriod current(ProgramId programId) {
        return new GetIndicatorsInPeriod(programId, null, null);
    }

    public boolean isCurrent() {
        return from == null;
    }
}
