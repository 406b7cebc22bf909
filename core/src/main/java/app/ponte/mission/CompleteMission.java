package app.ponte.mission;

import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes a mission that took place, with the delegation's report. */
public record CompleteMission(@TargetAggregateIdentifier MissionId missionId, String report) {

    public CompleteMission {
        Check.present("missionId", missionId);
        report = Check.text("report", report, Check.LONG_TEXT_MAX);
    }
}
