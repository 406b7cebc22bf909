package app.ponte.mission;

import app.ponte.shared.OutcomeId;

/** An outcome as the mission needs to know it to decide; replaced whole when it changes. */
record Outcome(OutcomeId id, EngagementId engagementId, OutcomeKind kind, boolean retracted) {

    Outcome retract() {
        return new Outcome(id, engagementId, kind, true);
    }
}
