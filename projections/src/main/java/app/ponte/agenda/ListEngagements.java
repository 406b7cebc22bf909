package app.ponte.agenda;

import app.ponte.mission.MissionId;
import java.util.Objects;

/** Asks for one mission's engagements in time order; updates follow each engagement scheduled afterwards. */
public record ListEngagements(MissionId missionId) {

    public ListEngagements {
        Objects.requireNonNull(missionId, "ListEngagements needs a missionId");
    }
}
