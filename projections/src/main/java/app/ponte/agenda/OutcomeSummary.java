package app.ponte.agenda;

import app.ponte.mission.OutcomeKind;
import app.ponte.shared.OutcomeId;

/** An outcome as the mission page lists it under its engagement. */
public record OutcomeSummary(OutcomeId outcomeId, OutcomeKind kind, String description) {}
