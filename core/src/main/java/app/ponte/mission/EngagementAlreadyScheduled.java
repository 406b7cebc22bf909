package app.ponte.mission;

/** The engagement id is already in this mission's agenda. */
public class EngagementAlreadyScheduled extends MissionRejection {

    public EngagementAlreadyScheduled(EngagementId engagementId) {
        super("Engagement " + engagementId + " is already on the mission's agenda.");
    }
}
