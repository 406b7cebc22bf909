package app.ponte.audit;

import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.EngagementRescheduled;
import app.ponte.mission.EngagementScheduled;
import app.ponte.mission.MissionAmended;
import app.ponte.mission.MissionId;
import app.ponte.mission.MissionPlanned;
import app.ponte.organization.OrganizationId;
import app.ponte.program.ProgramId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The Shanghai mission's first days in the record, as events at known moments, for audit tests. */
final class ShanghaiEvents {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ProgramId PROGRAM = ProgramId.of("5f0c7a52-3f4e-4a43-9c38-0d7bd0a7f001");
    static final ProgramId OTHER_PROGRAM = ProgramId.of("5f0c7a52-3f4e-4a43-9c38-0d7bd0a7f002");
    static final MissionId MISSION = MissionId.of("9b1de1c4-0c1e-4f7e-9d1c-1b2f3c4d5e01");
    static final MissionId OTHER_MISSION = MissionId.of("9b1de1c4-0c1e-4f7e-9d1c-1b2f3c4d5e02");
    static final EngagementId FUDAN = EngagementId.of("2a7e3a10-7a51-4a1a-8f0e-5a6b7c8d9e01");

    static final Instant PLANNED = Instant.parse("2017-03-01T09:00:00Z");
    static final Instant SCHEDULED = Instant.parse("2017-03-10T09:00:00Z");
    static final Instant OTHER_PLANNED = Instant.parse("2017-03-15T09:00:00Z");
    static final Instant RENAMED = Instant.parse("2017-04-02T09:00:00Z");
    static final Instant RESCHEDULED = Instant.parse("2017-04-20T09:00:00Z");

    static final Instant FIRST_START = Instant.parse("2017-05-16T01:30:00Z");
    static final Instant FIRST_END = Instant.parse("2017-05-16T02:30:00Z");
    static final Instant NEW_START = Instant.parse("2017-05-16T06:00:00Z");
    static final Instant NEW_END = Instant.parse("2017-05-16T07:00:00Z");

    private ShanghaiEvents() {
    }

    static void write(AuditStore store) {
        store.append("Mission", MISSION, planned("ALISEI mission to Shanghai"), "officer-anna", PLANNED);
        store.append("Mission", MISSION, new EngagementScheduled(MISSION, PROGRAM, FUDAN, EngagementKind.MEETING,
                "Meeting with Fudan University (复旦大学)", "Fudan University", FIRST_START, FIRST_END, SHANGHAI,
                List.of(OrganizationId.of("6c1f0c2e-2d3e-4f5a-8b9c-0d1e2f3a4b01")), List.of("life sciences")),
                "officer-anna", SCHEDULED);
        store.append("Mission", OTHER_MISSION, new MissionPlanned(OTHER_MISSION, OTHER_PROGRAM, "Mission to Hanoi",
                "Hanoi", "VN", ZoneId.of("Asia/Ho_Chi_Minh"), LocalDate.of(2017, 6, 5), LocalDate.of(2017, 6, 7)),
                "officer-marco", OTHER_PLANNED);
        store.append("Mission", MISSION, new MissionAmended(MISSION, PROGRAM, "ALISEI life-sciences mission to Shanghai",
                "Shanghai", "CN", SHANGHAI, LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 17)),
                "manager-luca", RENAMED);
        store.append("Mission", MISSION, new EngagementRescheduled(MISSION, PROGRAM, FUDAN, NEW_START, NEW_END,
                SHANGHAI, FIRST_START, FIRST_END), "officer-anna", RESCHEDULED);
    }

    static MissionPlanned planned(String title) {
        return new MissionPlanned(MISSION, PROGRAM, title, "Shanghai", "CN", SHANGHAI, LocalDate.of(2017, 5, 16),
                LocalDate.of(2017, 5, 17));
    }
}
