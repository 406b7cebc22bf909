package app.ponte.mission;

import app.ponte.shared.OutcomeId;

public class OutcomeWasRetracted extends MissionRejection {

    public OutcomeWasRetracted(OutcomeId outcomeId) {
        super("Outcome " + outcomeId + " was retracted; log a new outcome instead.");
    }
}
