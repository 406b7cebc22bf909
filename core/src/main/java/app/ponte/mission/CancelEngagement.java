package app.ponte.mission;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Calls an engagement off before it is held. */
public record CancelEngagement(
        @TargetAggregateIdentifier MissionId missionId, EngagementId engagementId, String reason) {

    public CancelEngagement {
        Fields.required("missionId", missionId);
        Fields.required("engagementId", engagementId);
        reason = Fields.longText("reason", reason);
    }
}
