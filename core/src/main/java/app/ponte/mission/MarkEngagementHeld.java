package app.ponte.mission;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The engagement took place; the minutes say what was discussed. */
public record MarkEngagementHeld(
        @TargetAggregateIdentifier MissionId missionId, EngagementId engagementId, String minutes) {

    public MarkEngagementHeld {
        Fields.required("missionId", missionId);
        Fields.required("engagementId", engagementId);
        minutes = Fields.longText("minutes", minutes);
    }
}
