package app.ponte.mission;

import app.ponte.program.ProgramId;

/** The mission took place and is closed with its report. */
public record MissionCompleted(
        MissionId missionId, ProgramId programId, String title, String report)
        implements MissionEvent {
}
