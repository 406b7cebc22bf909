package app.ponte.mission;

/** A mission is completed only once each engagement is held or cancelled. */
public class EngagementsStillScheduled extends MissionRejection {

    public EngagementsStillScheduled(String title, int count) {
        super("The mission \"" + title + "\" still has " + count
                + " engagement(s) neither held nor cancelled; mark each held or cancel it first.");
    }
}
