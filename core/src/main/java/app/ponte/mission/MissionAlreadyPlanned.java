package app.ponte.mission;

/** The mission id is taken: planning it again would overwrite another mission's dates and destination. */
public class MissionAlreadyPlanned extends MissionRejection {

    public MissionAlreadyPlanned(MissionId missionId) {
        super("Mission " + missionId + " has already been planned.");
    }
}
