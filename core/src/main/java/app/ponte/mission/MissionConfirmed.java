package app.ponte.mission;

import app.ponte.program.ProgramId;

/** The mission will take place as planned. */
public record MissionConfirmed(MissionId missionId, ProgramId programId, String title) implements MissionEvent {
}
