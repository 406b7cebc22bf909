package app.ponte.dashboard;

import app.ponte.program.ProgramId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Asks for one program's dashboard "as happened" by {@code day}: what the record says now had taken place by the
 * end of that business day, whenever it was recorded (the other axis of "as of", beside the dashboard as recorded
 * at a moment).
 */
public record GetProgramDashboardAsHappened(ProgramId programId, LocalDate day) {

    public GetProgramDashboardAsHappened {
        Objects.requireNonNull(programId, "GetProgramDashboardAsHappened needs a programId");
        Objects.requireNonNull(day, "GetProgramDashboardAsHappened needs the business day, day");
    }
}
