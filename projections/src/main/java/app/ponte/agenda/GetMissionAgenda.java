package app.ponte.agenda;

import app.ponte.live.LiveQuery;
import app.ponte.live.ReadModelChanges;
import app.ponte.mission.MissionId;
import java.util.Objects;

/**
 * Asks for a mission with its whole agenda, answered as {@link MissionAgenda}; live subscribers hear of every
 * change to the mission, on whichever instance it was made.
 */
public record GetMissionAgenda(MissionId missionId) implements LiveQuery {

    public GetMissionAgenda {
        Objects.requireNonNull(missionId, "GetMissionAgenda needs a missionId");
    }

    @Override
    public boolean concerns(String topic) {
        return topic.equals(ReadModelChanges.mission(missionId));
    }
}
