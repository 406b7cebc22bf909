package app.ponte.agenda;

import app.ponte.mission.MissionId;
import app.ponte.program.ProgramId;
import java.time.LocalDate;
import java.time.ZoneId;

/** A mission as lists show it: where, when (inclusive days) and the zone its agenda is kept in. */
public record MissionSummary(
        MissionId missionId,
        ProgramId programId,
        String title,
        String city,
        String countryCode,
        ZoneId zone,
        LocalDate startDate,
        LocalDate endDate) {}
