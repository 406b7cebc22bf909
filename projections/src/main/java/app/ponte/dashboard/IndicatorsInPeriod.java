package app.ponte.dashboard;

import app.ponte.program.ProgramId;
import app.ponte.shared.Period;
import java.time.LocalDate;
import java.util.List;

/**
 * A program's indicators over the window asked for, and every target period its indicators define (the choices a
 * period selector offers), earliest first.
 *
 * @param programStart the program's first day, null when the dashboard has not heard of the program
 * @param programEnd the program's last day, null when the dashboard has not heard of the program
 */
public record IndicatorsInPeriod(ProgramId programId, LocalDate programStart,
        LocalDate programEnd, List<IndicatorProgress> indicators, List<Period> targetPeriods) {

    public IndicatorsInPeriod {
        indicators = List.copyOf(indicators);
        targetPeriods = List.copyOf(targetPeriods);
    }
}
