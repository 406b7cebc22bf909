package app.ponte.mission;

import app.ponte.shared.Check;
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
        Check.present("missionId", missionId);
        title = Check.text("title", title, Check.TITLE_MAX);
        city = Check.text("city", city, Check.NAME_MAX);
        countryCode = Check.countryCode("countryCode", countryCode);
        Check.present("zone", zone);
        Check.present("startDate", startDate);
        Check.present("endDate", endDate);
    }
}
