package app.ponte.agenda;

import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.MissionId;
import app.ponte.organization.OrganizationId;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** One engagement on a mission's agenda, with instants and the venue's zone so a view can show both times. */
public record EngagementSummary(
        EngagementId engagementId,
        MissionId missionId,
        EngagementKind kind,
        String title,
        String venue,
        Instant startsAt,
        Instant endsAt,
        ZoneId zone,
        List<OrganizationId> counterparts,
        List<String> themes) {

    public EngagementSummary {
        counterparts = List.copyOf(counterparts);
        themes = List.copyOf(themes);
    }

    public ZonedDateTime venueStart() {
        return startsAt.atZone(zone);
    }

    public ZonedDateTime venueEnd() {
        return endsAt.atZone(zone);
    }
}
