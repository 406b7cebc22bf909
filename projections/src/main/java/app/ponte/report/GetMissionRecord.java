package app.ponte.report;

import app.ponte.mission.MissionId;
import java.util.Objects;

/**
 * Asks for everything a mission report states, answered as an optional {@link MissionRecord} (empty for a mission
 * never planned). The scoped gateway checks the mission's program against the caller's.
 */
public record GetMissionRecord(MissionId missionId) {

    public GetMissionRecord {
        Objects.requireNonNull(missionId, "GetMissionRecord needs a missionId");
    }
}
