package app.ponte.mission;

import static app.ponte.mission.ShanghaiMission.COLLABORATION;
import static app.ponte.mission.ShanghaiMission.CONICELLA;
import static app.ponte.mission.ShanghaiMission.FUDAN;
import static app.ponte.mission.ShanghaiMission.FUDAN_MEETING;
import static app.ponte.mission.ShanghaiMission.ITALY_CHINA;
import static app.ponte.mission.ShanghaiMission.SHANGHAI;
import static app.ponte.mission.ShanghaiMission.SHANGHAI_TIME;
import static app.ponte.mission.ShanghaiMission.TITLE;
import static app.ponte.mission.ShanghaiMission.collaborationLogged;
import static app.ponte.mission.ShanghaiMission.fudanMeetingHeld;
import static app.ponte.mission.ShanghaiMission.fudanMeetingScheduled;
import static app.ponte.mission.ShanghaiMission.logCollaboration;
import static app.ponte.mission.ShanghaiMission.planned;

import app.ponte.contact.ContactId;
import app.ponte.contact.ContactWasErased;
import app.ponte.contact.UnknownContact;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationNotActive;
import app.ponte.organization.OrganizationStatus;
import app.ponte.organization.OrganizationType;
import app.ponte.organization.UnknownOrganization;
import app.ponte.program.ProgramAlreadyClosed;
import app.ponte.program.ProgramId;
import app.ponte.program.UnknownProgram;
import app.ponte.testing.Contacts;
import app.ponte.testing.Organizations;
import app.ponte.testing.Programs;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every record a mission command names must exist and be usable; a missing one is refused naming the field. */
class MissionReferencesTest {

    private static final ProgramId CLOSED_PROGRAM = ProgramId.of("6f1d3c2a-0000-4000-8000-0000000000a2");
    private static final OrganizationId NOWHERE = OrganizationId.of("6f1d3c2a-0000-4000-8000-0000000000f9");
    private static final OrganizationId ARCHIVED = OrganizationId.of("6f1d3c2a-0000-4000-8000-0000000000f8");
    private static final ContactId NOBODY = ContactId.of("6f1d3c2a-0000-4000-8000-0000000000c9");
    private static final ContactId ERASED = ContactId.of("6f1d3c2a-0000-4000-8000-0000000000c8");

    private FixtureConfiguration<Mission> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Mission.class);
        fixture.registerInjectableResource(Programs.onlyKnown()
                .with(ITALY_CHINA, "Italy–China", false)
                .with(CLOSED_PROGRAM, "Finished program", true));
        fixture.registerInjectableResource(Organizations.onlyKnown()
                .with(FUDAN, "Fudan University", OrganizationType.UNIVERSITY, OrganizationStatus.ACTIVE)
                .with(ARCHIVED, "Old partner", OrganizationType.COMPANY, OrganizationStatus.ARCHIVED));
        fixture.registerInjectableResource(Contacts.onlyKnown()
                .with(CONICELLA, FUDAN, false)
                .with(ERASED, FUDAN, true));
    }

    private static PlanMission planIn(ProgramId program) {
        return new PlanMission(SHANGHAI, program, TITLE, "Shanghai", "CN", SHANGHAI_TIME,
                LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 17));
    }

    private static ScheduleEngagement meetWith(OrganizationId counterpart) {
        return new ScheduleEngagement(SHANGHAI, EngagementId.random(), EngagementKind.MEETING, "Meeting", null,
                LocalDateTime.of(2017, 5, 16, 14, 0), LocalDateTime.of(2017, 5, 16, 15, 0), List.of(counterpart),
                List.of());
    }

    private static AmendOutcome amendCounterparts(List<OrganizationId> counterparts) {
        return new AmendOutcome(SHANGHAI, COLLABORATION, OutcomeKind.COLLABORATION_OPPORTUNITY, "Corrected",
                counterparts, List.of(), null);
    }

    @Test
    void plansMissionInALaunchedProgram() {
        fixture.givenNoPriorActivity()
                .when(planIn(ITALY_CHINA))
                .expectEvents(planned());
    }

    @Test
    void cannotPlanMissionInAProgramThatDoesNotExist() {
        ProgramId random = ProgramId.random();
        fixture.givenNoPriorActivity()
                .when(planIn(random))
                .expectNoEvents()
                .expectException(UnknownProgram.class)
                .expectExceptionMessage("programId: no such program (" + random + ").");
    }

    @Test
    void cannotPlanMissionInAClosedProgram() {
        fixture.givenNoPriorActivity()
                .when(planIn(CLOSED_PROGRAM))
                .expectNoEvents()
                .expectException(ProgramAlreadyClosed.class);
    }

    @Test
    void cannotScheduleEngagementWithAnUnknownCounterpart() {
        fixture.given(planned())
                .when(meetWith(NOWHERE))
                .expectNoEvents()
                .expectException(UnknownOrganization.class)
                .expectExceptionMessage("counterparts: no such organization (" + NOWHERE + ").");
    }

    @Test
    void cannotScheduleEngagementWithAnArchivedCounterpart() {
        fixture.given(planned())
                .when(meetWith(ARCHIVED))
                .expectNoEvents()
                .expectException(OrganizationNotActive.class);
    }

    @Test
    void cannotAddAnUnknownContactToTheDelegation() {
        fixture.given(planned())
                .when(new AddDelegationMember(SHANGHAI, NOBODY, FUDAN))
                .expectNoEvents()
                .expectException(UnknownContact.class)
                .expectExceptionMessage("contactId: no such contact (" + NOBODY + ").");
    }

    @Test
    void cannotAddAnErasedContactToTheDelegation() {
        fixture.given(planned())
                .when(new AddDelegationMember(SHANGHAI, ERASED, FUDAN))
                .expectNoEvents()
                .expectException(ContactWasErased.class);
    }

    @Test
    void cannotRecordAttendanceOfAnUnknownPersonOrOrganization() {
        fixture.given(planned(), fudanMeetingScheduled())
                .when(new RecordAttendance(SHANGHAI, FUDAN_MEETING, List.of(NOBODY), List.of(FUDAN)))
                .expectNoEvents()
                .expectException(UnknownContact.class);
        fixture.given(planned(), fudanMeetingScheduled())
                .when(new RecordAttendance(SHANGHAI, FUDAN_MEETING, List.of(CONICELLA), List.of(NOWHERE)))
                .expectNoEvents()
                .expectException(UnknownOrganization.class)
                .expectExceptionMessage("organizationsPresent: no such organization (" + NOWHERE + ").");
    }

    @Test
    void cannotLogOutcomeWithAnUnknownCounterpart() {
        var withNowhere = new LogOutcome(SHANGHAI, FUDAN_MEETING, COLLABORATION,
                OutcomeKind.COLLABORATION_OPPORTUNITY, "Joint research", List.of(FUDAN, NOWHERE), List.of(), null);
        fixture.given(planned(), fudanMeetingScheduled(), fudanMeetingHeld())
                .when(withNowhere)
                .expectNoEvents()
                .expectException(UnknownOrganization.class);
    }

    @Test
    void cannotAmendOutcomeToNameAnUnknownCounterpart() {
        fixture.given(planned(), fudanMeetingScheduled(), fudanMeetingHeld(), collaborationLogged())
                .when(amendCounterparts(List.of(FUDAN, NOWHERE)))
                .expectNoEvents()
                .expectException(UnknownOrganization.class);
    }

    @Test
    void anOutcomeKeepsACounterpartArchivedSinceItWasLogged() {
        var loggedWithOldPartner = new OutcomeLogged(SHANGHAI, ITALY_CHINA, FUDAN_MEETING, COLLABORATION,
                OutcomeKind.COLLABORATION_OPPORTUNITY, "Joint research", List.of(ARCHIVED), List.of(), null);
        fixture.given(planned(), fudanMeetingScheduled(), fudanMeetingHeld(), loggedWithOldPartner)
                .when(amendCounterparts(List.of(ARCHIVED)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theOutcomeOfTheSeedStillLogs() {
        fixture.given(planned(), fudanMeetingScheduled(), fudanMeetingHeld())
                .when(logCollaboration())
                .expectEvents(collaborationLogged());
    }
}
