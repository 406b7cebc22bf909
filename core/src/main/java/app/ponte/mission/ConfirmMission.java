package app.ponte.mission;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The mission will take place as planned: travel and appointments are fixed. */
public record ConfirmMission(@TargetAggregateIdentifier MissionId missionId) {

    public ConfirmMission {
        Fields.required("missionId", missionId);
    }
}
