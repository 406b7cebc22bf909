package app.ponte.mission;

/** A completed mission's agenda is closed. */
public class MissionWasCompleted extends MissionRejection {

    public MissionWasCompleted(String title) {
        super("The mission \"" + title + "\" is completed; its agenda and delegation can no longer change.");
    }
}
