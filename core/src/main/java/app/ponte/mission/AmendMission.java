package app.ponte.mission;

import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes a mission's title, destination or days before it is completed. The time zone stays unless no engagement is
 * scheduled yet.
 */
public record AmendMission(
        @TargetAggregateIdentifier MissionId missionId,
        String title,
        String city,
        String countryCode,
        ZoneId zone,
        LocalDate startDate,
        LocalDate endDate) {

    public AmendMission {
        Fields.required("missionId", missionId);
        title = Fields.text("title", title);
        city = Fields.text("city", city);
        countryCode = Fields.countryCode("countryCode", countryCode);
        Fields.required("zone", zone);
        Fields.required("startDate", startDate);
        Fields.required("endDate", endDate);
    }
}
