package app.ponte.mission;

import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Calls the mission off; its scheduled engagements are cancelled with it. */
public record CancelMission(@TargetAggregateIdentifier MissionId missionId, String reason) {

    public CancelMission {
        Check.present("missionId", missionId);
        reason = Check.text("reason", reason, Check.REASON_MAX);
    }
}
