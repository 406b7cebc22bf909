package app.ponte.mission;

/** Nothing changes in a cancelled mission. */
public class MissionWasCancelled extends MissionRejection {

    public MissionWasCancelled(String title) {
        super("The mission \"" + title + "\" was cancelled; nothing in it can change any more.");
    }
}
