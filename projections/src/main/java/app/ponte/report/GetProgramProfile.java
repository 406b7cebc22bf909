package app.ponte.report;

import app.ponte.mission.MissionId;
import app.ponte.program.ProgramId;
import java.util.List;
import java.util.Objects;

/**
 * Asks for a program as its own events describe it, with the organizations that took part in {@code missions}
 * (the program's missions, as its results list them): answered as an optional {@link ProgramProfile}.
 */
public record GetProgramProfile(ProgramId programId, List<MissionId> missions) {

    public GetProgramProfile {
        Objects.requireNonNull(programId, "GetProgramProfile needs a programId");
        missions = missions == null ? List.of() : List.copyOf(missions);
    }
}
