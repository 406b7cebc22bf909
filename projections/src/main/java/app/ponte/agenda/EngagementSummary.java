package app.ponte.agenda;

import app.ponte.contact.ContactId;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.MissionId;
import app.ponte.organization.OrganizationId;
import app.ponte.program.ProgramId;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One engagement on a mission's agenda, with instants and the venue's zone so a view can show both venue time and
 * viewer time, where it stands, who attended and what it produced. {@code programId} is its mission's program, so
 * that the entry says itself whose it is wherever it is listed (null only while its mission is not yet known).
 * {@code reschedulings} counts the times it was rescheduled (a calendar's SEQUENCE), and {@code lastModified} is when
 * its schedule or standing last changed (null only in a read model built before it was kept).
 */
public record EngagementSummary(
        EngagementId engagementId,
        MissionId missionId,
        ProgramId programId,
        EngagementKind kind,
        String title,
        String venue,
        Instant startsAt,
        Instant endsAt,
        ZoneId zone,
        List<OrganizationId> counterparts,
        List<String> themes,
        EngagementStatus status,
        List<ContactId> participants,
        List<OrganizationId> organizationsPresent,
        String minutes,
        List<OutcomeSummary> outcomes,
        int reschedulings,
        Instant lastModified) {

    public EngagementSummary {
        counterparts = List.copyOf(counterparts);
        themes = List.copyOf(themes);
        participants = List.copyOf(participants);
        organizationsPresent = List.copyOf(organizationsPresent);
        outcomes = List.copyOf(outcomes);
    }

    public ZonedDateTime venueStart() {
        return startsAt.atZone(zone);
    }

    public ZonedDateTime venueEnd() {
        return endsAt.atZone(zone);
    }
}
