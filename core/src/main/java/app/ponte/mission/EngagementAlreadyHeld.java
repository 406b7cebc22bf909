package app.ponte.mission;

public class EngagementAlreadyHeld extends MissionRejection {

    public EngagementAlreadyHeld(String title) {
        super("The engagement \"" + title + "\" was already held; it can no longer be moved, cancelled or held again.");
    }
}
