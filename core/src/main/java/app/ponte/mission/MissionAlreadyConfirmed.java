package app.ponte.mission;

public class MissionAlreadyConfirmed extends MissionRejection {

    public MissionAlreadyConfirmed(String title) {
        super("The mission \"" + title + "\" is already confirmed.");
    }
}
