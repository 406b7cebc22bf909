package app.ponte.mission;

import app.ponte.shared.Check;
import app.ponte.shared.OutcomeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws an outcome that was logged in error or did not hold; it stays in history, marked retracted. */
public record RetractOutcome(@TargetAggregateIdentifier MissionId missionId, OutcomeId outcomeId, String reason) {

    public RetractOutcome {
        Check.present("missionId", missionId);
        Check.present("outcomeId", outcomeId);
        reason = Check.text("reason", reason, Check.REASON_MAX);
    }
}
