package app.ponte.mission;

import app.ponte.organization.OrganizationId;
import app.ponte.shared.Check;
import java.time.LocalDateTime;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Schedule a meeting, workshop, speech or visit during a mission. Start and end are wall-clock times at the venue,
 * as an officer reads them on the invitation; the mission's time zone turns them into instants.
 */
public record ScheduleEngagement(
        @TargetAggregateIdentifier MissionId missionId,
        EngagementId engagementId,
        EngagementKind kind,
        String title,
        String venue,
        LocalDateTime start,
        LocalDateTime end,
        List<OrganizationId> counterparts,
        List<String> themes) {

    public ScheduleEngagement {
        Check.present("missionId", missionId);
        Check.present("engagementId", engagementId);
        Check.present("kind", kind);
        title = Check.text("title", title, Check.TITLE_MAX);
        venue = Check.optionalText("venue", venue, Check.NAME_MAX);
        Check.present("start", start);
        Check.present("end", end);
        counterparts = Check.list("counterparts", counterparts);
        themes = Check.themes("themes", themes);
    }
}
