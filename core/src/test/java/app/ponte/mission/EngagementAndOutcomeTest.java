package app.ponte.mission;

import static app.ponte.mission.ShanghaiMission.COLLABORATION;
import static app.ponte.mission.ShanghaiMission.CONICELLA;
import static app.ponte.mission.ShanghaiMission.FUDAN;
import static app.ponte.mission.ShanghaiMission.FUDAN_MEETING;
import static app.ponte.mission.ShanghaiMission.ITALY_CHINA;
import static app.ponte.mission.ShanghaiMission.MEETING_END;
import static app.ponte.mission.ShanghaiMission.MEETING_START;
import static app.ponte.mission.ShanghaiMission.MINUTES;
import static app.ponte.mission.ShanghaiMission.SHANGHAI;
import static app.ponte.mission.ShanghaiMission.SHANGHAI_TIME;
import static app.ponte.mission.ShanghaiMission.cancelled;
import static app.ponte.mission.ShanghaiMission.collaborationLogged;
import static app.ponte.mission.ShanghaiMission.completed;
import static app.ponte.mission.ShanghaiMission.confirmed;
import static app.ponte.mission.ShanghaiMission.fudanMeetingCancelled;
import static app.ponte.mission.ShanghaiMission.fudanMeetingHeld;
import static app.ponte.mission.ShanghaiMission.fudanMeetingScheduled;
import static app.ponte.mission.ShanghaiMission.logCollaboration;
import static app.ponte.mission.ShanghaiMission.planned;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.shared.InvalidField;
import app.ponte.shared.Money;
import app.ponte.shared.OutcomeId;
import app.ponte.testing.Contacts;
import app.ponte.testing.Organizations;
import app.ponte.testing.Programs;
import java.time.LocalDateTime;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rescheduling, cancelling, attending and holding engagements, and the outcomes logged against them. */
class EngagementAndOutcomeTest {

    private FixtureConfiguration<Mission> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Mission.class);
        fixture.registerInjectableResource(Programs.anyOpen());
        fixture.registerInjectableResource(Contacts.anyKnown());
        fixture.registerInjectableResource(Organizations.anyActive());
    }

    private static ScheduleEngagement scheduleWorkshop() {
        return new ScheduleEngagement(SHANGHAI, ShanghaiMission.WORKSHOP, EngagementKind.WORKSHOP,
                "The new frontier of the healthcare", "Consulate General", LocalDateTime.of(2017, 5, 17, 14, 0),
                LocalDateTime.of(2017, 5, 17, 17, 0), List.of(), List.of("patient-centric healthcare"));
    }

    private static RescheduleEngagement moveFudanMeetingBy(int hours) {
        return new RescheduleEngagement(SHANGHAI, FUDAN_MEETING, MEETING_START.plusHours(hours),
                MEETING_END.plusHours(hours));
    }

    @Test
    void cannotScheduleMeetingInCancelledMission() {
        fixture.given(planned(), cancelled())
                .when(scheduleWorkshop())
                .expectException(MissionWasCancelled.class)
                .expectNoEvents();
    }

    @Test
    void cannotScheduleMeetingInCompletedMission() {
        fixture.given(planned(), confirmed(), completed())
                .when(scheduleWorkshop())
                .expectException(MissionWasCompleted.class);
    }

    @Test
    void reschedulesEngagementWithinMissionDays() {
        fixture.given(planned(), fudanMeetingScheduled())
                .when(moveFudanMeetingBy(3))
                .expectEvents(new EngagementRescheduled(SHANGHAI, ITALY_CHINA, FUDAN_MEETING,
                        MEETING_START.plusHours(3).atZone(SHANGHAI_TIME).toInstant(),
                        MEETING_END.plusHours(3).atZone(SHANGHAI_TIME).toInstant(), SHANGHAI_TIME,
                        MEETING_START.atZone(SHANGHAI_TIME).toInstant(),
                        MEETING_END.atZone(SHANGHAI_TIME).toInstant()));
    }

    @Test
    void reschedulingToSameTimesRecordsNothing() {
        fixture.given(planned(), fudanMeetingScheduled())
                .when(moveFudanMeetingBy(0))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotRescheduleEngagementOutsideMissionDates() {
        fixture.given(planned(), fudanMeetingScheduled())
                .when(moveFudanMeetingBy(48))
                .expectException(EngagementOutsideMissionDates.class);
    }

    @Test
    void cannotRescheduleEngagementToEndBeforeItStarts() {
        fixture.given(planned(), fudanMeetingScheduled())
                .when(new RescheduleEngagement(SHANGHAI, FUDAN_MEETING, MEETING_END, MEETING_START))
                .expectException(EngagementEndsBeforeItStarts.class);
    }

    @Test
    void cannotRescheduleCancelledEngagement() {
        fixture.given(planned(), fudanMeetingScheduled(), fudanMeetingCancelled())
                .when(moveFudanMeetingBy(1))
                .expectException(EngagementWasCancelled.class);
    }

    @Test
    void cannotRescheduleHeldEngagement() {
        fixture.given(planned(), fudanMeetingScheduled(), fudanMeetingHeld())
                .when(moveFudanMeetingBy(1))
                .expectException(EngagementAlreadyHeld.class);
    }

    @Test
    void cannotRescheduleUnknownEngagement() {
        fixture.given(planned())
                .when(moveFudanMeetingBy(1))
                .expectException(UnknownEngagement.class);
    }

    @Test
    void cancelsEngagementWithReason() {
        fixture.given(planned(), fudanMeetingScheduled())
                .when(new CancelEngagement(SHANGHAI, FUDAN_MEETING, "counterpart unavailable"))
                .expectEvents(fudanMeetingCancelled());
    }

    @Test
    void cannotCancelEngagementTwice() {
        fixture.given(planned(), fudanMeetingScheduled(), fudanMeetingCancelled())
                .when(new CancelEngagement(SHANGHAI, FUDAN_MEETING, "again"))
                .expectException(EngagementWasCancelled.class);
    }

    @Test
    void cannotCancelHeldEngagement() {
        fixture.given(planned(), fudanMeetingScheduled(), fudanMeetingHeld())
                .when(new CancelEngagement(SHANGHAI, FUDAN_MEETING, "changed our mind"))
                .expectException(EngagementAlreadyHeld.class);
    }

    @Test
    void recordsAttendance() {
        fixture.given(planned(), fudanMeetingScheduled(), fudanMeetingHeld())
                .when(new RecordAttendance(SHANGHAI, FUDAN_MEETING, List.of(CONICELLA, CONICELLA), List.of(FUDAN)))
                .expectEvents(new AttendanceRecorded(SHANGHAI, ITALY_CHINA, FUDAN_MEETING, List.of(CONICELLA),
                        List.of(FUDAN)));
    }

    @Test
    void cannotRecordAttendanceOfCancelledEngagement() {
        fixture.given(planned(), fudanMeetingScheduled(), fudanMeetingCancelled())
                .when(new RecordAttendance(SHANGHAI, FUDAN_MEETING, List.of(CONICELLA), List.of()))
                .expectException(EngagementWasCancelled.class);
    }

    @Test
    void cannotRecordEmptyAttendance() {
        assertThatThrownBy(() -> new RecordAttendance(SHANGHAI, FUDAN_MEETING, List.of(), null))
                .isInstanceOf(InvalidField.class)
                .hasMessage("participants must name at least one person or organization present");
    }

    @Test
    void marksEngagementHeldWithMinutes() {
        fixture.given(planned(), fudanMeetingScheduled())
                .when(new MarkEngagementHeld(SHANGHAI, FUDAN_MEETING, MINUTES))
                .expectEvents(fudanMeetingHeld());
    }

    @Test
    void cannotHoldEngagementTwice() {
        fixture.given(planned(), fudanMeetingScheduled(), fudanMeetingHeld())
                .when(new MarkEngagementHeld(SHANGHAI, FUDAN_MEETING, MINUTES))
                .expectException(EngagementAlreadyHeld.class);
    }

    @Test
    void cannotHoldCancelledEngagement() {
        fixture.given(planned(), fudanMeetingScheduled(), fudanMeetingCancelled())
                .when(new MarkEngagementHeld(SHANGHAI, FUDAN_MEETING, MINUTES))
                .expectException(EngagementWasCancelled.class);
    }

    @Test
    void cannotHoldEngagementOfCancelledMission() {
        fixture.given(planned(), fudanMeetingScheduled(), cancelled(FUDAN_MEETING))
                .when(new MarkEngagementHeld(SHANGHAI, FUDAN_MEETING, MINUTES))
                .expectException(MissionWasCancelled.class);
    }

    @Test
    void cannotHoldEngagementWithoutMinutes() {
        assertThatThrownBy(() -> new MarkEngagementHeld(SHANGHAI, FUDAN_MEETING, ""))
                .isInstanceOf(InvalidField.class)
                .hasMessage("minutes must not be blank");
    }

    @Test
    void logsOutcomeOfHeldEngagement() {
        fixture.given(planned(), fudanMeetingScheduled(), fudanMeetingHeld())
                .when(logCollaboration())
                .expectEvents(collaborationLogged());
    }

    @Test
    void cannotLogOutcomeForEngagementNotHeld() {
        fixture.given(planned(), fudanMeetingScheduled())
                .when(logCollaboration())
                .expectException(OutcomeNeedsHeldEngagement.class)
                .expectExceptionMessage("The engagement \"Meeting with Fudan University\" has not been held yet; "
                        + "mark it held before logging what it produced.")
                .expectNoEvents();
    }

    @Test
    void cannotLogOutcomeForCancelledEngagement() {
        fixture.given(planned(), fudanMeetingScheduled(), fudanMeetingCancelled())
                .when(logCollaboration())
                .expectException(OutcomeNeedsHeldEngagement.class);
    }

    @Test
    void cannotLogOutcomeForUnknownEngagement() {
        fixture.given(planned())
                .when(logCollaboration())
                .expectException(UnknownEngagement.class);
    }

    @Test
    void cannotLogSameOutcomeTwice() {
        fixture.given(planned(), fudanMeetingScheduled(), fudanMeetingHeld(), collaborationLogged())
                .when(logCollaboration())
                .expectException(OutcomeAlreadyLogged.class);
    }

    @Test
    void logsOutcomeAfterMissionIsCompleted() {
        fixture.given(planned(), confirmed(), fudanMeetingScheduled(), fudanMeetingHeld(), completed())
                .when(logCollaboration())
                .expectEvents(collaborationLogged());
    }

    @Test
    void cannotLogOutcomeWithoutDescription() {
        assertThatThrownBy(() -> new LogOutcome(SHANGHAI, FUDAN_MEETING, OutcomeId.random(), OutcomeKind.LEAD, "",
                List.of(), List.of(), null))
                .isInstanceOf(InvalidField.class)
                .hasMessage("description must not be blank");
    }

    @Test
    void amendsOutcomeWithExpectedValue() {
        var value = Money.of("250000", "EUR");
        fixture.given(planned(), fudanMeetingScheduled(), fudanMeetingHeld(), collaborationLogged())
                .when(new AmendOutcome(SHANGHAI, COLLABORATION, OutcomeKind.AGREEMENT, "Research agreement",
                        List.of(FUDAN), List.of("Chronic diseases"), value))
                .expectEvents(new OutcomeAmended(SHANGHAI, ITALY_CHINA, FUDAN_MEETING, COLLABORATION,
                        OutcomeKind.AGREEMENT, "Research agreement", List.of(FUDAN), List.of("Chronic diseases"),
                        value));
    }

    @Test
    void cannotAmendUnknownOutcome() {
        fixture.given(planned(), fudanMeetingScheduled(), fudanMeetingHeld())
                .when(new AmendOutcome(SHANGHAI, COLLABORATION, OutcomeKind.LEAD, "Lead", List.of(), List.of(),
                        null))
                .expectException(UnknownOutcome.class);
    }

    @Test
    void retractsOutcomeWithReason() {
        fixture.given(planned(), fudanMeetingScheduled(), fudanMeetingHeld(), collaborationLogged())
                .when(new RetractOutcome(SHANGHAI, COLLABORATION, "logged against the wrong meeting"))
                .expectEvents(new OutcomeRetracted(SHANGHAI, ITALY_CHINA, FUDAN_MEETING, COLLABORATION,
                        OutcomeKind.COLLABORATION_OPPORTUNITY, "logged against the wrong meeting"));
    }

    @Test
    void cannotAmendRetractedOutcome() {
        fixture.given(planned(), fudanMeetingScheduled(), fudanMeetingHeld(), collaborationLogged(),
                        new OutcomeRetracted(SHANGHAI, ITALY_CHINA, FUDAN_MEETING, COLLABORATION,
                                OutcomeKind.COLLABORATION_OPPORTUNITY, "wrong meeting"))
                .when(new AmendOutcome(SHANGHAI, COLLABORATION, OutcomeKind.LEAD, "Lead", List.of(), List.of(),
                        null))
                .expectException(OutcomeWasRetracted.class);
    }

    @Test
    void cannotRetractOutcomeTwice() {
        fixture.given(planned(), fudanMeetingScheduled(), fudanMeetingHeld(), collaborationLogged(),
                        new OutcomeRetracted(SHANGHAI, ITALY_CHINA, FUDAN_MEETING, COLLABORATION,
                                OutcomeKind.COLLABORATION_OPPORTUNITY, "wrong meeting"))
                .when(new RetractOutcome(SHANGHAI, COLLABORATION, "again"))
                .expectException(OutcomeWasRetracted.class);
    }

    @Test
    void cannotRetractOutcomeOfCancelledMission() {
        fixture.given(planned(), fudanMeetingScheduled(), fudanMeetingHeld(), collaborationLogged(), cancelled())
                .when(new RetractOutcome(SHANGHAI, COLLABORATION, "mission cancelled"))
                .expectException(MissionWasCancelled.class);
    }

    @Test
    void cannotRescheduleEngagementOfCancelledMission() {
        fixture.given(planned(), fudanMeetingScheduled(), cancelled(FUDAN_MEETING))
                .when(moveFudanMeetingBy(1))
                .expectException(MissionWasCancelled.class);
    }

    @Test
    void cannotCancelUnknownEngagement() {
        fixture.given(planned())
                .when(new CancelEngagement(SHANGHAI, FUDAN_MEETING, "never scheduled"))
                .expectException(UnknownEngagement.class);
    }

    @Test
    void cannotRecordAttendanceAfterMissionIsCompleted() {
        fixture.given(planned(), confirmed(), fudanMeetingScheduled(), fudanMeetingHeld(), completed())
                .when(new RecordAttendance(SHANGHAI, FUDAN_MEETING, List.of(CONICELLA), List.of()))
                .expectException(MissionWasCompleted.class);
    }

    @Test
    void cannotAmendOutcomeOfCancelledMission() {
        fixture.given(planned(), fudanMeetingScheduled(), fudanMeetingHeld(), collaborationLogged(), cancelled())
                .when(new AmendOutcome(SHANGHAI, COLLABORATION, OutcomeKind.LEAD, "Lead", List.of(), List.of(),
                        null))
                .expectException(MissionWasCancelled.class);
    }

    @Test
    void cannotLogOutcomeInCancelledMission() {
        fixture.given(planned(), fudanMeetingScheduled(), fudanMeetingHeld(), cancelled())
                .when(logCollaboration())
                .expectException(MissionWasCancelled.class);
    }
}
