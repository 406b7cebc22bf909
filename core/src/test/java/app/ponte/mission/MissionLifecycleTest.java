package app.ponte.mission;

import static app.ponte.mission.ShanghaiMission.ALISEI;
import static app.ponte.mission.ShanghaiMission.CITTA_DELLA_SCIENZA;
import static app.ponte.mission.ShanghaiMission.CONICELLA;
import static app.ponte.mission.ShanghaiMission.CONSULATE;
import static app.ponte.mission.ShanghaiMission.FUDAN_MEETING;
import static app.ponte.mission.ShanghaiMission.ITALY_CHINA;
import static app.ponte.mission.ShanghaiMission.SHANGHAI;
import static app.ponte.mission.ShanghaiMission.SHANGHAI_TIME;
import static app.ponte.mission.ShanghaiMission.TITLE;
import static app.ponte.mission.ShanghaiMission.cancelled;
import static app.ponte.mission.ShanghaiMission.completed;
import static app.ponte.mission.ShanghaiMission.confirmed;
import static app.ponte.mission.ShanghaiMission.fudanMeetingCancelled;
import static app.ponte.mission.ShanghaiMission.fudanMeetingHeld;
import static app.ponte.mission.ShanghaiMission.fudanMeetingScheduled;
import static app.ponte.mission.ShanghaiMission.planned;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationNotActive;
import app.ponte.organization.OrganizationStatus;
import app.ponte.organization.OrganizationType;
import app.ponte.organization.UnknownOrganization;
import app.ponte.shared.InvalidField;
import app.ponte.testing.Contacts;
import app.ponte.testing.Organizations;
import app.ponte.testing.Programs;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Confirming, amending, cancelling and completing a mission; its organizer, delegation and supporting posts. */
class MissionLifecycleTest {

    private final Organizations organizations = Organizations.onlyKnown()
            .with(ALISEI, "ALISEI cluster", OrganizationType.CLUSTER, OrganizationStatus.ACTIVE)
            .with(CITTA_DELLA_SCIENZA, "Città della Scienza", OrganizationType.RESEARCH_BODY,
                    OrganizationStatus.ACTIVE)
            .with(CONSULATE, "Consulate General of Italy in Shanghai", OrganizationType.DIPLOMATIC_POST,
                    OrganizationStatus.ACTIVE);
    private FixtureConfiguration<Mission> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Mission.class);
        fixture.registerInjectableResource(Programs.anyOpen());
        fixture.registerInjectableResource(Contacts.anyKnown());
        fixture.registerInjectableResource(organizations);
    }

    private static AmendMission amendDays(LocalDate first, LocalDate last) {
        return new AmendMission(SHANGHAI, TITLE, "Shanghai", "CN", SHANGHAI_TIME, first, last);
    }

    @Test
    void confirmsPlannedMission() {
        fixture.given(planned())
                .when(new ConfirmMission(SHANGHAI))
                .expectEvents(confirmed());
    }

    @Test
    void cannotConfirmMissionTwice() {
        fixture.given(planned(), confirmed())
                .when(new ConfirmMission(SHANGHAI))
                .expectException(MissionAlreadyConfirmed.class);
    }

    @Test
    void cannotConfirmCancelledMission() {
        fixture.given(planned(), cancelled())
                .when(new ConfirmMission(SHANGHAI))
                .expectException(MissionWasCancelled.class)
                .expectExceptionMessage("The mission \"" + TITLE
                        + "\" was cancelled; nothing in it can change any more.");
    }

    @Test
    void amendsMissionDays() {
        fixture.given(planned())
                .when(amendDays(LocalDate.of(2017, 5, 15), LocalDate.of(2017, 5, 18)))
                .expectEvents(new MissionAmended(SHANGHAI, ITALY_CHINA, TITLE, "Shanghai", "CN", SHANGHAI_TIME,
                        LocalDate.of(2017, 5, 15), LocalDate.of(2017, 5, 18)));
    }

    @Test
    void amendingWithoutChangeRecordsNothing() {
        fixture.given(planned())
                .when(amendDays(LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 17)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotAmendMissionToEndBeforeItStarts() {
        fixture.given(planned())
                .when(amendDays(LocalDate.of(2017, 5, 17), LocalDate.of(2017, 5, 16)))
                .expectException(MissionEndsBeforeItStarts.class);
    }

    @Test
    void cannotShortenMissionAwayFromItsEngagements() {
        fixture.given(planned(), fudanMeetingScheduled())
                .when(amendDays(LocalDate.of(2017, 5, 17), LocalDate.of(2017, 5, 17)))
                .expectException(EngagementOutsideMissionDates.class);
    }

    @Test
    void shortensMissionAwayFromCancelledEngagement() {
        fixture.given(planned(), fudanMeetingScheduled(), fudanMeetingCancelled())
                .when(amendDays(LocalDate.of(2017, 5, 17), LocalDate.of(2017, 5, 17)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotChangeTimeZoneOnceEngagementsAreScheduled() {
        fixture.given(planned(), fudanMeetingScheduled())
                .when(new AmendMission(SHANGHAI, TITLE, "Shanghai", "CN", ZoneId.of("Europe/Rome"),
                        LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 17)))
                .expectException(TimeZoneFixedOnceScheduled.class);
    }

    @Test
    void changesTimeZoneWhileAgendaIsEmpty() {
        fixture.given(planned())
                .when(new AmendMission(SHANGHAI, TITLE, "Beijing", "CN", ZoneId.of("Asia/Urumqi"),
                        LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 17)))
                .expectEvents(new MissionAmended(SHANGHAI, ITALY_CHINA, TITLE, "Beijing", "CN",
                        ZoneId.of("Asia/Urumqi"), LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 17)));
    }

    @Test
    void cannotAmendCompletedMission() {
        fixture.given(planned(), confirmed(), completed())
                .when(amendDays(LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 18)))
                .expectException(MissionWasCompleted.class);
    }

    @Test
    void cancellingMissionCancelsItsScheduledEngagements() {
        fixture.given(planned(), fudanMeetingScheduled())
                .when(new CancelMission(SHANGHAI, "travel ban"))
                .expectEvents(cancelled(FUDAN_MEETING));
    }

    @Test
    void cannotCancelMissionWithoutReason() {
        assertThatThrownBy(() -> new CancelMission(SHANGHAI, " "))
                .isInstanceOf(InvalidField.class)
                .hasMessage("reason must not be blank");
    }

    @Test
    void cannotCancelMissionTwice() {
        fixture.given(planned(), cancelled())
                .when(new CancelMission(SHANGHAI, "again"))
                .expectException(MissionWasCancelled.class);
    }

    @Test
    void cannotCancelCompletedMission() {
        fixture.given(planned(), confirmed(), completed())
                .when(new CancelMission(SHANGHAI, "too late"))
                .expectException(MissionWasCompleted.class);
    }

    @Test
    void completesConfirmedMissionWithReport() {
        fixture.given(planned(), confirmed(), fudanMeetingScheduled(), fudanMeetingHeld())
                .when(new CompleteMission(SHANGHAI, "Report of the mission"))
                .expectEvents(completed());
    }

    @Test
    void cannotCompleteMissionNeverConfirmed() {
        fixture.given(planned())
                .when(new CompleteMission(SHANGHAI, "Report"))
                .expectException(MissionNotConfirmed.class);
    }

    @Test
    void cannotCompleteMissionWithEngagementsStillScheduled() {
        fixture.given(planned(), confirmed(), fudanMeetingScheduled())
                .when(new CompleteMission(SHANGHAI, "Report"))
                .expectException(EngagementsStillScheduled.class);
    }

    @Test
    void cannotCompleteMissionTwice() {
        fixture.given(planned(), confirmed(), completed())
                .when(new CompleteMission(SHANGHAI, "Report"))
                .expectException(MissionWasCompleted.class);
    }

    @Test
    void cannotCompleteWithoutReport() {
        assertThatThrownBy(() -> new CompleteMission(SHANGHAI, null))
                .isInstanceOf(InvalidField.class)
                .hasMessage("report must not be blank");
    }

    @Test
    void assignsOrganizer() {
        fixture.given(planned())
                .when(new AssignMissionOrganizer(SHANGHAI, CITTA_DELLA_SCIENZA))
                .expectEvents(new MissionOrganizerAssigned(SHANGHAI, ITALY_CHINA, CITTA_DELLA_SCIENZA));
    }

    @Test
    void cannotAssignArchivedOrganizer() {
        organizations.with(CITTA_DELLA_SCIENZA, "Città della Scienza", OrganizationType.RESEARCH_BODY,
                OrganizationStatus.ARCHIVED);
        fixture.given(planned())
                .when(new AssignMissionOrganizer(SHANGHAI, CITTA_DELLA_SCIENZA))
                .expectException(OrganizationNotActive.class);
    }

    @Test
    void cannotAddDelegateOfUnregisteredOrganization() {
        fixture.given(planned())
                .when(new AddDelegationMember(SHANGHAI, CONICELLA, OrganizationId.random()))
                .expectException(UnknownOrganization.class);
    }

    @Test
    void cannotTakeClusterAsSupportingPost() {
        fixture.given(planned())
                .when(new AddSupportingPost(SHANGHAI, ALISEI))
                .expectException(NotADiplomaticPost.class)
                .expectExceptionMessage("\"ALISEI cluster\" is not registered as a diplomatic post, so it cannot "
                        + "be a supporting post of the mission.");
    }

    @Test
    void assigningSameOrganizerAgainRecordsNothing() {
        fixture.given(planned(), new MissionOrganizerAssigned(SHANGHAI, ITALY_CHINA, CITTA_DELLA_SCIENZA))
                .when(new AssignMissionOrganizer(SHANGHAI, CITTA_DELLA_SCIENZA))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void addsDelegationMember() {
        fixture.given(planned())
                .when(new AddDelegationMember(SHANGHAI, CONICELLA, ALISEI))
                .expectEvents(new DelegationMemberAdded(SHANGHAI, ITALY_CHINA, CONICELLA, ALISEI));
    }

    @Test
    void cannotAddDelegationMemberTwice() {
        fixture.given(planned(), new DelegationMemberAdded(SHANGHAI, ITALY_CHINA, CONICELLA, ALISEI))
                .when(new AddDelegationMember(SHANGHAI, CONICELLA, ALISEI))
                .expectException(AlreadyInDelegation.class);
    }

    @Test
    void cannotAddDelegationMemberToCancelledMission() {
        fixture.given(planned(), cancelled())
                .when(new AddDelegationMember(SHANGHAI, CONICELLA, ALISEI))
                .expectException(MissionWasCancelled.class);
    }

    @Test
    void removesDelegationMember() {
        fixture.given(planned(), new DelegationMemberAdded(SHANGHAI, ITALY_CHINA, CONICELLA, ALISEI))
                .when(new RemoveDelegationMember(SHANGHAI, CONICELLA))
                .expectEvents(new DelegationMemberRemoved(SHANGHAI, ITALY_CHINA, CONICELLA));
    }

    @Test
    void cannotRemoveSomeoneNotInDelegation() {
        fixture.given(planned())
                .when(new RemoveDelegationMember(SHANGHAI, CONICELLA))
                .expectException(NotInDelegation.class);
    }

    @Test
    void addsSupportingPost() {
        fixture.given(planned())
                .when(new AddSupportingPost(SHANGHAI, CONSULATE))
                .expectEvents(new SupportingPostAdded(SHANGHAI, ITALY_CHINA, CONSULATE));
    }

    @Test
    void cannotAddSupportingPostTwice() {
        fixture.given(planned(), new SupportingPostAdded(SHANGHAI, ITALY_CHINA, CONSULATE))
                .when(new AddSupportingPost(SHANGHAI, CONSULATE))
                .expectException(PostAlreadySupporting.class);
    }

    @Test
    void removesSupportingPost() {
        fixture.given(planned(), new SupportingPostAdded(SHANGHAI, ITALY_CHINA, CONSULATE))
                .when(new RemoveSupportingPost(SHANGHAI, CONSULATE))
                .expectEvents(new SupportingPostRemoved(SHANGHAI, ITALY_CHINA, CONSULATE));
    }

    @Test
    void cannotRemovePostThatDoesNotSupportMission() {
        fixture.given(planned())
                .when(new RemoveSupportingPost(SHANGHAI, CONSULATE))
                .expectException(NotASupportingPost.class);
    }

    @Test
    void cannotChangeDelegationOfCompletedMission() {
        fixture.given(planned(), confirmed(), completed())
                .when(new AddSupportingPost(SHANGHAI, CONSULATE))
                .expectException(MissionWasCompleted.class);
    }

    @Test
    void cancellingMissionListsOnlyEngagementsStillScheduled() {
        fixture.given(planned(), fudanMeetingScheduled(), fudanMeetingHeld())
                .when(new CancelMission(SHANGHAI, "travel ban"))
                .expectEvents(new MissionCancelled(SHANGHAI, ITALY_CHINA, TITLE, "travel ban", List.of()));
    }

    @Test
    void cannotConfirmCompletedMission() {
        fixture.given(planned(), confirmed(), completed())
                .when(new ConfirmMission(SHANGHAI))
                .expectException(MissionWasCompleted.class);
    }

    @Test
    void cannotRemoveDelegationMemberOfCancelledMission() {
        fixture.given(planned(), new DelegationMemberAdded(SHANGHAI, ITALY_CHINA, CONICELLA, ALISEI), cancelled())
                .when(new RemoveDelegationMember(SHANGHAI, CONICELLA))
                .expectException(MissionWasCancelled.class);
    }
}
