package app.ponte.mission;

/** Only embassies, consulates and similar posts support a mission as diplomatic posts. */
public class NotADiplomaticPost extends MissionRejection {

    public NotADiplomaticPost(String name) {
        super("\"" + name + "\" is not registered as a diplomatic post, so it cannot be a supporting post of the "
                + "mission.");
    }
}
