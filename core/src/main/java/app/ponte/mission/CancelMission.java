package app.ponte.mission;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Calls the mission off; its scheduled engagements are cancelled with it. */
public record CancelMission(@TargetAggregateIdentifier MissionId missionId, String reason) {

    public CancelMission {
        Fields.required("missionId", missionId);
        reason = Fields.longText("reason", reason);
    }
}
