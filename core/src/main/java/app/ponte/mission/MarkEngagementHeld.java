package app.ponte.mission;

import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The engagement took place; the minutes say what was discussed. */
public record MarkEngagementHeld(
        @TargetAggregateIdentifier MissionId missionId, EngagementId engagementId, String minutes) {

    public MarkEngagementHeld {
        Check.present("missionId", missionId);
        Check.present("engagementId", engagementId);
        minutes = Check.text("minutes", minutes, Check.LONG_TEXT_MAX);
    }
}
