package app.ponte.mission;

import app.ponte.program.ProgramId;
import app.ponte.shared.Check;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Plan a delegation abroad within a program: where it goes, on which days, and in which time zone it works. */
public record PlanMission(
        @TargetAggregateIdentifier MissionId missionId,
        ProgramId programId,
        String title,
        String city,
        String countryCode,
        ZoneId zone,
        LocalDate startDate,
        LocalDate endDate) {

    public PlanMission {
        Check.present("missionId", missionId);
        Check.present("programId", programId);
        title = Check.text("title", title, Check.TITLE_MAX);
        city = Check.text("city", city, Check.NAME_MAX);
        countryCode = Check.countryCode("countryCode", countryCode);
        Check.present("zone", zone);
        Check.present("startDate", startDate);
        Check.present("endDate", endDate);
    }
}
