package app.ponte.mission;

import app.ponte.organization.OrganizationId;
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
        Fields.required("missionId", missionId);
        Fields.required("engagementId", engagementId);
        Fields.required("kind", kind);
        title = Fields.text("title", title);
        venue = Fields.optionalText("venue", venue);
        Fields.required("start", start);
        Fields.required("end", end);
        counterparts = Fields.list("counterparts", counterparts);
        themes = Fields.themes("themes", themes);
    }
}
