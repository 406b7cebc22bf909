package app.ponte.mission;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves an engagement to other venue times within the mission's days. */
public record RescheduleEngagement(
        @TargetAggregateIdentifier MissionId missionId,
        EngagementId engagementId,
        LocalDateTime start,
        LocalDateTime end) {

    public RescheduleEngagement {
        Fields.required("missionId", missionId);
        Fields.required("engagementId", engagementId);
        Fields.required("start", start);
        Fields.required("end", end);
    }
}
