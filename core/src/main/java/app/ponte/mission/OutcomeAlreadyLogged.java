package app.ponte.mission;

import app.ponte.shared.OutcomeId;

public class OutcomeAlreadyLogged extends MissionRejection {

    public OutcomeAlreadyLogged(OutcomeId outcomeId) {
        super("Outcome " + outcomeId + " is already logged.");
    }
}
