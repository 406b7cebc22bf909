package app.ponte.mission;

/** An outcome is what an engagement produced, so the engagement must have taken place. */
public class OutcomeNeedsHeldEngagement extends MissionRejection {

    public OutcomeNeedsHeldEngagement(String title) {
        super("The engagement \"" + title + "\" has not been held yet; mark it held before logging what it produced.");
    }
}
