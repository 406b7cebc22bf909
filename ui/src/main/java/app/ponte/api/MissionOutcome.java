package app.ponte.api;

import app.ponte.mission.EngagementId;
import app.ponte.mission.OutcomeKind;
import app.ponte.shared.OutcomeId;

/** An outcome of a mission as the API lists it, with the engagement that produced it. */
record MissionOutcome(OutcomeId outcomeId, EngagementId engagementId, String engagementTitle, OutcomeKind kind,
        String description) {}
