package app.ponte.dashboard;

import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.MissionId;
import java.time.Instant;
import java.time.ZoneId;

/** A scheduled engagement still ahead, with its venue zone. */
public record UpcomingEngagement(EngagementId engagementId, MissionId missionId, EngagementKind kind, String title,
        Instant startsAt, ZoneId zone) {}
