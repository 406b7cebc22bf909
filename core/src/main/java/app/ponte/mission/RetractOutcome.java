package app.ponte.mission;

import app.ponte.shared.OutcomeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws an outcome that was logged in error or did not hold; it stays in history, marked retracted. */
public record RetractOutcome(@TargetAggregateIdentifier MissionId missionId, OutcomeId outcomeId, String reason) {

    public RetractOutcome {
        Fields.required("missionId", missionId);
        Fields.required("outcomeId", outcomeId);
        reason = Fields.longText("reason", reason);
    }
}
