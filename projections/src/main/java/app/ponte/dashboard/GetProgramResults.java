package app.ponte.dashboard;

import app.ponte.program.ProgramId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Asks for a program's results within a window of business days, both ends included: every indicator's target
 * periods that overlap it with their actuals, and the window's missions, outcomes, opportunities and overdue
 * follow-ups. A missing end of the window is the program's own start or end.
 */
public record GetProgramResults(ProgramId programId, LocalDate from, LocalDate to) {

    public GetProgramResults {
        Objects.requireNonNull(programId, "GetProgramResults needs a programId");
    }

    public static GetProgramResults whole(ProgramId programId) {
        return new GetProgramResults(programId, null, null);
    }
}
