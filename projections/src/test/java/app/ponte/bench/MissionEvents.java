package app.ponte.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.EngagementScheduled;
import app.ponte.mission.MissionId;
import app.ponte.mission.MissionPlanned;
import app.ponte.organization.OrganizationId;
import app.ponte.program.ProgramId;

/**
 * Real mission events, shaped on the seed report (a delegation to Shanghai meeting universities and companies), to
 * fill the store with what the agenda projection reads: each mission is planned, then holds
 * {@link #EVENTS_PER_MISSION}{@code - 1} scheduled engagements.
 */
final class MissionEvents {

    static final int EVENTS_PER_MISSION = 30;

    private static final ProgramId PROGRAM = new ProgramId(new UUID(7, 7));
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FIRST_DAY = LocalDate.of(2017, 5, 16);
    private static final Instant FIRST_MEETING = FIRST_DAY.atTime(9, 0).atZone(SHANGHAI).toInstant();
    private static final List<OrganizationId> COUNTERPARTS = List.of(new OrganizationId(new UUID(1, 1)),
            new OrganizationId(new UUID(1, 2)));
    private static final List<String> THEMES = List.of("prevention", "chronic diseases", "life sciences");
    private static final EngagementKind[] KINDS = EngagementKind.values();

    private MissionEvents() {
    }

    /** The {@code sequence}-th event of the mission numbered {@code mission}. */
    static DomainEventMessage<?> event(long mission, long sequence, MetaData metaData) {
        MissionId missionId = new MissionId(new UUID(0x9e57, mission));
        Object payload;
        if (sequence == 0) {
            payload = new MissionPlanned(missionId, PROGRAM, "Life-sciences mission " + mission, "Shanghai", "CN",
                    SHANGHAI, FIRST_DAY, FIRST_DAY.plusDays(1));
        } else {
            Instant start = FIRST_MEETING.plus(Duration.ofMinutes(30 * sequence));
            String title = "Meeting " + sequence + " with Fudan University (复旦大学)";
            payload = new EngagementScheduled(missionId, PROGRAM, new EngagementId(new UUID(mission, sequence)),
                    KINDS[(int) (sequence % KINDS.length)], title, "Zhangjiang campus, Shanghai", start,
                    start.plus(Duration.ofMinutes(25)), SHANGHAI, COUNTERPARTS, THEMES);
        }
        return new GenericDomainEventMessage<>("Mission", missionId.toString(), sequence, payload, metaData);
    }
}
