package app.ponte.live;

import app.ponte.contact.ContactAdded;
import app.ponte.contact.ContactErased;
import app.ponte.contact.ContactId;
import app.ponte.contact.ErasureGround;
import app.ponte.contact.PersonalDataVault;
import app.ponte.followup.FollowUpAssigned;
import app.ponte.followup.FollowUpCompleted;
import app.ponte.followup.FollowUpId;
import app.ponte.followup.FollowUpOrigin;
import app.ponte.mission.AttendanceRecorded;
import app.ponte.mission.EngagementCancelled;
import app.ponte.mission.EngagementHeld;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.EngagementRescheduled;
import app.ponte.mission.EngagementScheduled;
import app.ponte.mission.MissionId;
import app.ponte.mission.MissionPlanned;
import app.ponte.mission.OutcomeKind;
import app.ponte.mission.OutcomeLogged;
import app.ponte.opportunity.OpportunityAdvanced;
import app.ponte.opportunity.OpportunityId;
import app.ponte.opportunity.OpportunityOpened;
import app.ponte.opportunity.OpportunityStage;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationRegistered;
import app.ponte.organization.OrganizationType;
import app.ponte.program.IndicatorDefined;
import app.ponte.program.IndicatorKind;
import app.ponte.program.IndicatorTarget;
import app.ponte.program.ProgramId;
import app.ponte.program.ProgramLaunched;
import app.ponte.shared.CountryCode;
import app.ponte.shared.OutcomeId;
import app.ponte.shared.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The seed mission as events: the ALISEI cluster in Shanghai, May 2017, told the way read-model tests need it. */
public final class ShanghaiStory {

    public static final ZoneId SHANGHAI_TIME = ZoneId.of("Asia/Shanghai");
    public static final ProgramId PROGRAM = ProgramId.random();
    public static final MissionId MISSION = MissionId.random();
    public static final OrganizationId MIUR = OrganizationId.random();
    public static final OrganizationId FUDAN = OrganizationId.random();
    public static final OrganizationId SHANGHAITECH = OrganizationId.random();
    public static final OrganizationId BRACCO = OrganizationId.random();
    public static final EngagementId FUDAN_MEETING = EngagementId.random();
    public static final EngagementId SHANGHAITECH_MEETING = EngagementId.random();
    public static final EngagementId BRACCO_MEETING = EngagementId.random();
    public static final EngagementId WORKSHOP = EngagementId.random();
    public static final OutcomeId COLLABORATION = OutcomeId.random();
    public static final OpportunityId LINK = OpportunityId.random();
    public static final FollowUpId LATE_FOLLOW_UP = FollowUpId.random();
    public static final FollowUpId DONE_FOLLOW_UP = FollowUpId.random();
    public static final ContactId COUNSELLOR = ContactId.random();
    public static final ContactId ERASED = ContactId.random();

    private ShanghaiStory() {
    }

    public static List<Object> events(PersonalDataVault vault) {
        var events = new ArrayList<Object>();
        events.add(new OrganizationRegistered(MIUR, "Ministry of University and Research", null,
                OrganizationType.MINISTRY, CountryCode.of("IT"), "Rome", null));
        events.add(new OrganizationRegistered(FUDAN, "Fudan University", "复旦大学", OrganizationType.UNIVERSITY,
                CountryCode.of("CN"), "Shanghai", "https://www.fudan.edu.cn"));
        events.add(new OrganizationRegistered(SHANGHAITECH, "ShanghaiTech University", "上海科技大学",
                OrganizationType.UNIVERSITY, CountryCode.of("CN"), "Shanghai", null));
        events.add(new OrganizationRegistered(BRACCO, "Bracco Sine Pharmaceutical Corp", null,
                OrganizationType.COMPANY, CountryCode.of("CN"), "Shanghai", null));
        events.add(new ProgramLaunched(PROGRAM, "Italy–China research and innovation", MIUR,
                List.of(CountryCode.of("CN")), Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31))));
        events.add(new IndicatorDefined(PROGRAM, IndicatorKind.MEETINGS_HELD, List.of(
                new IndicatorTarget(Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)), 10),
                new IndicatorTarget(Period.of(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)), 12))));
        events.add(new IndicatorDefined(PROGRAM, IndicatorKind.COUNTERPARTS_MET, List.of(
                new IndicatorTarget(Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)), 5))));
        events.add(new IndicatorDefined(PROGRAM, IndicatorKind.OUTCOMES_LOGGED, List.of(
                new IndicatorTarget(Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)), 4))));
        events.add(new MissionPlanned(MISSION, PROGRAM, "ALISEI mission to Shanghai", "Shanghai", "CN",
                SHANGHAI_TIME, LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 17)));
        events.add(scheduled(FUDAN_MEETING, EngagementKind.MEETING, "Meeting with Fudan University (复旦大学)",
                "2017-05-16T01:30:00Z", FUDAN, "life sciences"));
        events.add(scheduled(SHANGHAITECH_MEETING, EngagementKind.MEETING, "Meeting with ShanghaiTech University",
                "2017-05-16T03:30:00Z", SHANGHAITECH, "life sciences"));
        events.add(scheduled(BRACCO_MEETING, EngagementKind.MEETING, "Meeting with Bracco Sine Pharmaceutical Corp",
                "2017-05-16T07:00:00Z", BRACCO, "healthcare"));
        events.add(scheduled(WORKSHOP, EngagementKind.WORKSHOP, "The new frontier of the healthcare",
                "2017-05-17T06:00:00Z", BRACCO, "patient-centric healthcare"));
        events.add(new EngagementRescheduled(MISSION, PROGRAM, BRACCO_MEETING,
                Instant.parse("2017-05-16T08:00:00Z"), Instant.parse("2017-05-16T09:00:00Z"), SHANGHAI_TIME,
                Instant.parse("2017-05-16T07:00:00Z"), Instant.parse("2017-05-16T08:00:00Z")));
        events.add(new EngagementHeld(MISSION, PROGRAM, FUDAN_MEETING, EngagementKind.MEETING, List.of(FUDAN),
                "Collaboration on health"));
        events.add(new AttendanceRecorded(MISSION, PROGRAM, FUDAN_MEETING, List.of(COUNSELLOR),
                List.of(FUDAN, SHANGHAITECH)));
        events.add(new EngagementHeld(MISSION, PROGRAM, SHANGHAITECH_MEETING, EngagementKind.MEETING,
                List.of(SHANGHAITECH), null));
        events.add(new EngagementCancelled(MISSION, PROGRAM, BRACCO_MEETING, "The company could not attend"));
        events.add(new OutcomeLogged(MISSION, PROGRAM, FUDAN_MEETING, COLLABORATION,
                OutcomeKind.COLLABORATION_OPPORTUNITY,
                "Collaboration opportunities between the Italian health system and Chinese counterparts",
                List.of(FUDAN), List.of("life sciences"), null));
        events.add(new OpportunityOpened(LINK, PROGRAM, MISSION, COLLABORATION, "Link with Fudan's medical school",
                null, OpportunityStage.IDENTIFIED));
        events.add(new OpportunityAdvanced(LINK, PROGRAM, "Link with Fudan's medical school",
                OpportunityStage.IDENTIFIED, OpportunityStage.QUALIFIED));
        events.add(new FollowUpAssigned(LATE_FOLLOW_UP, PROGRAM, MISSION, FollowUpOrigin.outcome(COLLABORATION),
                "officer", LocalDate.of(2017, 6, 1), "Send the cluster's brochure to Fudan"));
        events.add(new FollowUpAssigned(DONE_FOLLOW_UP, PROGRAM, MISSION, FollowUpOrigin.outcome(COLLABORATION),
                "manager", LocalDate.of(2017, 6, 1), "Thank the consulate"));
        events.add(new FollowUpCompleted(DONE_FOLLOW_UP, PROGRAM, "manager", LocalDate.of(2017, 6, 1),
                LocalDate.of(2017, 5, 30), null));
        events.add(new ContactAdded(COUNSELLOR, vault.seal(COUNSELLOR, "Plinio Innocenzi"),
                vault.seal(COUNSELLOR, "plinio@example.org"), null, FUDAN, "Scientific counsellor"));
        events.add(new ContactAdded(ERASED, vault.seal(ERASED, "Someone Erased"), null, null, FUDAN, "Professor"));
        vault.destroy(ERASED);
        events.add(new ContactErased(ERASED, FUDAN, ErasureGround.REQUESTED_BY_PERSON));
        return events;
    }

    private static EngagementScheduled scheduled(EngagementId id, EngagementKind kind, String title, String startsAt,
            OrganizationId counterpart, String theme) {
        var start = Instant.parse(startsAt);
        return new EngagementScheduled(MISSION, PROGRAM, id, kind, title, "Shanghai", start, start.plusSeconds(3600),
                SHANGHAI_TIME, List.of(counterpart), List.of(theme));
    }
}
