package app.ponte.mission;

import app.ponte.organization.OrganizationId;
import app.ponte.program.ProgramId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.axonframework.serialization.Revision;

/**
 * An engagement was scheduled. Start and end are instants, with the venue's zone beside them, so that every reader
 * can show both venue time and its viewer's time. Revision 2 carries the mission's program, as every other mission
 * event does; events stored before it are given their mission's program when read (the store's upcaster).
 */
@Revision("2")
public record EngagementScheduled(
        MissionId missionId,
        ProgramId programId,
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
        Objects.requireNonNull(programId, "EngagementScheduled needs the mission's programId");
        counterparts = counterparts == null ? List.of() : List.copyOf(counterparts);
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
