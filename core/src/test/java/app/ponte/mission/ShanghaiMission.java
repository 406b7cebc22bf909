package app.ponte.mission;

import app.ponte.contact.ContactId;
import app.ponte.organization.OrganizationId;
import app.ponte.program.ProgramId;
import app.ponte.shared.OutcomeId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** The seed mission to Shanghai (16-17 May 2017) as given events, for the mission tests. */
final class ShanghaiMission {

    static final MissionId SHANGHAI = MissionId.of("6f1d3c2a-0000-4000-8000-000000000001");
    static final ProgramId ITALY_CHINA = ProgramId.of("6f1d3c2a-0000-4000-8000-0000000000a1");
    static final ZoneId SHANGHAI_TIME = ZoneId.of("Asia/Shanghai");
    static final String TITLE = "ALISEI mission to Shanghai";
    static final EngagementId FUDAN_MEETING = EngagementId.of("6f1d3c2a-0000-4000-8000-0000000000e1");
    static final EngagementId WORKSHOP = EngagementId.of("6f1d3c2a-0000-4000-8000-0000000000e2");
    static final OrganizationId FUDAN = OrganizationId.of("6f1d3c2a-0000-4000-8000-0000000000f1");
    static final OrganizationId ALISEI = OrganizationId.of("6f1d3c2a-0000-4000-8000-0000000000f2");
    static final OrganizationId CONSULATE = OrganizationId.of("6f1d3c2a-0000-4000-8000-0000000000f3");
    static final OrganizationId CITTA_DELLA_SCIENZA = OrganizationId.of("6f1d3c2a-0000-4000-8000-0000000000f4");
    static final ContactId CONICELLA = ContactId.of("6f1d3c2a-0000-4000-8000-0000000000c1");
    static final OutcomeId COLLABORATION = OutcomeId.of("6f1d3c2a-0000-4000-8000-0000000000b1");
    static final LocalDateTime MEETING_START = LocalDateTime.of(2017, 5, 16, 10, 0);
    static final LocalDateTime MEETING_END = LocalDateTime.of(2017, 5, 16, 11, 30);
    static final String MINUTES = "Discussed collaboration on chronic patient management.";

    private ShanghaiMission() {}

    static MissionPlanned planned() {
        return new MissionPlanned(SHANGHAI, ITALY_CHINA, TITLE, "Shanghai", "CN", SHANGHAI_TIME,
                LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 17));
    }

    static MissionConfirmed confirmed() {
        return new MissionConfirmed(SHANGHAI, ITALY_CHINA, TITLE);
    }

    static MissionCancelled cancelled(EngagementId... withEngagements) {
        return new MissionCancelled(SHANGHAI, ITALY_CHINA, TITLE, "travel ban", List.of(withEngagements));
    }

    static MissionCompleted completed() {
        return new MissionCompleted(SHANGHAI, ITALY_CHINA, TITLE, "Report of the mission");
    }

    static EngagementScheduled fudanMeetingScheduled() {
        return new EngagementScheduled(SHANGHAI, ITALY_CHINA, FUDAN_MEETING, EngagementKind.MEETING,
                "Meeting with Fudan University", "Handan campus", MEETING_START.atZone(SHANGHAI_TIME).toInstant(),
                MEETING_END.atZone(SHANGHAI_TIME).toInstant(), SHANGHAI_TIME, List.of(FUDAN),
                List.of("life sciences"));
    }

    static EngagementHeld fudanMeetingHeld() {
        return new EngagementHeld(SHANGHAI, ITALY_CHINA, FUDAN_MEETING, EngagementKind.MEETING, List.of(FUDAN),
                MINUTES);
    }

    static EngagementCancelled fudanMeetingCancelled() {
        return new EngagementCancelled(SHANGHAI, ITALY_CHINA, FUDAN_MEETING, "counterpart unavailable");
    }

    static LogOutcome logCollaboration() {
        return new LogOutcome(SHANGHAI, FUDAN_MEETING, COLLABORATION, OutcomeKind.COLLABORATION_OPPORTUNITY,
                "Joint research on chronic disease management", List.of(FUDAN), List.of("Chronic diseases"), null);
    }

    static OutcomeLogged collaborationLogged() {
        return new OutcomeLogged(SHANGHAI, ITALY_CHINA, FUDAN_MEETING, COLLABORATION,
                OutcomeKind.COLLABORATION_OPPORTUNITY, "Joint research on chronic disease management",
                List.of(FUDAN), List.of("Chronic diseases"), null);
    }
}
