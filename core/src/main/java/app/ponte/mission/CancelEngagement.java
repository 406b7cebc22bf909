package app.ponte.mission;

import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Calls an engagement off before it is held. */
public record CancelEngagement(
        @TargetAggregateIdentifier MissionId missionId, EngagementId engagementId, String reason) {

    public CancelEngagement {
        Check.present("missionId", missionId);
        Check.present("engagementId", engagementId);
        reason = Check.text("reason", reason, Check.REASON_MAX);
    }
}
