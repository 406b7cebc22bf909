package app.ponte.mission;

import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The mission will take place as planned: travel and appointments are fixed. */
public record ConfirmMission(@TargetAggregateIdentifier MissionId missionId) {

    public ConfirmMission {
        Check.present("missionId", missionId);
    }
}
