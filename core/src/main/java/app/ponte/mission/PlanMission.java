package app.ponte.mission;

import app.ponte.program.ProgramId;
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
        Fields.required("missionId", missionId);
        Fields.required("programId", programId);
        title = Fields.text("title", title);
        city = Fields.text("city", city);
        countryCode = Fields.countryCode("countryCode", countryCode);
        Fields.required("zone", zone);
        Fields.required("startDate", startDate);
        Fields.required("endDate", endDate);
    }
}
