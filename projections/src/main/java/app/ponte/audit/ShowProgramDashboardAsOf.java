package app.ponte.audit;

import app.ponte.program.ProgramId;
import java.time.Instant;
import java.util.Objects;

/** Asks for one program's dashboard as it stood at {@code at}, rebuilt from the events up to then. */
public record ShowProgramDashboardAsOf(ProgramId programId, Instant at) {

    public ShowProgramDashboardAsOf {
        Objects.requireNonNull(programId, "ShowProgramDashboardAsOf needs a programId");
        Objects.requireNonNull(at, "ShowProgramDashboardAsOf needs the moment, at");
    }
}
