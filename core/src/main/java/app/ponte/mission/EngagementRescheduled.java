package app.ponte.mission;

import app.ponte.program.ProgramId;
import java.time.Instant;
import java.time.ZoneId;

/** New start and end as instants, with the venue's zone beside them as when scheduled. */
public record EngagementRescheduled(
        MissionId missionId,
        ProgramId programId,
        EngagementId engagementId,
        Instant startsAt,
        Instant endsAt,
        ZoneId zone,
        Instant previousStartsAt,
        Instant previousEndsAt) implements MissionEvent {
}
