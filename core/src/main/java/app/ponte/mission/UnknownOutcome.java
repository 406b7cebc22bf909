package app.ponte.mission;

import app.ponte.shared.OutcomeId;

public class UnknownOutcome extends MissionRejection {

    public UnknownOutcome(OutcomeId outcomeId) {
        super("Outcome " + outcomeId + " was not logged in this mission.");
    }
}
