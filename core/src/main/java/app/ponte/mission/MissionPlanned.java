package app.ponte.mission;

import app.ponte.program.ProgramId;
import java.time.LocalDate;
import java.time.ZoneId;

/** A mission was planned: its destination, its days (inclusive) and the time zone its agenda is kept in. */
public record MissionPlanned(
        MissionId missionId,
        ProgramId programId,
        String title,
        String city,
        String countryCode,
        ZoneId zone,
        LocalDate startDate,
        LocalDate endDate)
        implements MissionEvent {}
