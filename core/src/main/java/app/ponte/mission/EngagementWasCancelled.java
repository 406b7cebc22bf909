package app.ponte.mission;

public class EngagementWasCancelled extends MissionRejection {

    public EngagementWasCancelled(String title) {
        super("The engagement \"" + title + "\" was cancelled; nothing in it can change any more.");
    }
}
