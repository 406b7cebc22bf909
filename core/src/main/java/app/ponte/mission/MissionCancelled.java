package app.ponte.mission;

import app.ponte.program.ProgramId;
import java.util.List;

/** The mission is called off; {@code cancelledEngagements} lists the engagements cancelled with it. */
public record MissionCancelled(
        MissionId missionId, ProgramId programId, String title, String reason, List<EngagementId> cancelledEngagements)
        implements MissionEvent {
}
