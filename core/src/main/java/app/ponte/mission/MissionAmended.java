package app.ponte.mission;

import app.ponte.program.ProgramId;
import java.time.LocalDate;
import java.time.ZoneId;

/** The mission's description after the change, whole, so readers replace rather than merge. */
public record MissionAmended(
        MissionId missionId,
        ProgramId programId,
        String title,
        String city,
        String countryCode,
        ZoneId zone,
        LocalDate startDate,
        LocalDate endDate) implements MissionEvent {
}
