package app.ponte.mission;

public class UnknownEngagement extends MissionRejection {

    public UnknownEngagement(EngagementId engagementId) {
        super("Engagement " + engagementId + " is not on this mission's agenda.");
    }
}
