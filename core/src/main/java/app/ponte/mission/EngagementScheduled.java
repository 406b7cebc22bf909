package app.ponte.mission;

import app.ponte.organization.OrganizationId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * An engagement was scheduled. Start and end are instants, with the venue's zone beside them, so that every reader
 * can show both venue time and its viewer's time.
 */
public record EngagementScheduled(
        MissionId missionId,
        EngagementId engagementId,
        EngagementKind kind,
        String title,
        String venue,
        Instant startsAt,
        Instant endsAt,
        ZoneId zone,
        List<OrganizationId> counterparts,
        List<String> themes)
        implements MissionEvent {

    public EngagementScheduled {
        counterparts = counterparts == null ? List.of() : List.copyOf(counterparts);
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
