package app.ponte.mission;

/** Only a confirmed mission can have taken place. */
public class MissionNotConfirmed extends MissionRejection {

    public MissionNotConfirmed(String title) {
        super("The mission \"" + title + "\" was never confirmed; confirm it before completing it.");
    }
}
