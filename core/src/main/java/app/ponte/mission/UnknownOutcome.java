package app.ponte.mission;

import app.ponte.shared.OutcomeId;
import app.ponte.shared.UnknownReference;

/** An outcome named by its id that was never logged in the mission it is looked for in. */
public class UnknownOutcome extends UnknownReference {

    /** Within the mission deciding the command. */
    public UnknownOutcome(OutcomeId outcomeId) {
        super("outcomeId", "outcome", outcomeId, " in this mission");
    }

    /** Named by another record's command, such as an opportunity opened from the outcome. */
    public UnknownOutcome(String field, OutcomeId outcomeId, MissionId missionId) {
        super(field, "outcome", outcomeId, " in mission " + missionId);
    }
}
