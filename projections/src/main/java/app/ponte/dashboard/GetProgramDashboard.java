package app.ponte.dashboard;

import app.ponte.live.LiveQuery;
import app.ponte.live.ReadModelChanges;
import app.ponte.program.ProgramId;
import java.util.Objects;

/** Asks for one program's dashboard as of the projection's clock; live subscribers hear of each change to it. */
public record GetProgramDashboard(ProgramId programId) implements LiveQuery {

    public GetProgramDashboard {
        Objects.requireNonNull(programId, "GetProgramDashboard needs a programId");
    }

    @Override
    public boolean concerns(String topic) {
        return topic.equals(ReadModelChanges.program(programId));
    }
}
