package app.ponte.mission;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes a mission that took place, with the delegation's report. */
public record CompleteMission(@TargetAggregateIdentifier MissionId missionId, String report) {

    public CompleteMission {
        Fields.required("missionId", missionId);
        report = Fields.longText("report", report);
    }
}
