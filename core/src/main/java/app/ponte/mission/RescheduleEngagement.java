package app.ponte.mission;

import app.ponte.shared.Check;
import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves an engagement to other venue times within the mission's days. */
public record RescheduleEngagement(
        @TargetAggregateIdentifier MissionId missionId,
        EngagementId engagementId,
        LocalDateTime start,
        LocalDateTime end) {

    public RescheduleEngagement {
        Check.present("missionId", missionId);
        Check.present("engagementId", engagementId);
        Check.present("start", start);
        Check.present("end", end);
    }
}
