package app.ponte.mission;

import app.ponte.organization.OrganizationId;
import app.ponte.program.ProgramId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import app.ponte.testing.Programs;
import app.ponte.testing.Contacts;
import app.ponte.testing.Organizations;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MissionTest {

    private static final MissionId SHANGHAI = MissionId.of("6f1d3c2a-0000-4000-8000-000000000001");
    private static final ProgramId ITALY_CHINA = ProgramId.of("6f1d3c2a-0000-4000-8000-0000000000a1");
    private static final ZoneId SHANGHAI_TIME = ZoneId.of("Asia/Shanghai");
    private static final EngagementId FUDAN_MEETING = EngagementId.of("6f1d3c2a-0000-4000-8000-0000000000e1");
    private static final OrganizationId FUDAN = OrganizationId.of("6f1d3c2a-0000-4000-8000-0000000000f1");

    private FixtureConfiguration<Mission> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Mission.class);
        fixture.registerInjectableResource(Programs.anyOpen());
        fixture.registerInjectableResource(Contacts.anyKnown());
        fixture.registerInjectableResource(Organizations.anyActive());
    }

    private static PlanMission planShanghai() {
        return new PlanMission(SHANGHAI, ITALY_CHINA, "ALISEI mission to Shanghai", "Shanghai", "cn", SHANGHAI_TIME,
                LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 17));
    }

    private static MissionPlanned shanghaiPlanned() {
        return new MissionPlanned(SHANGHAI, ITALY_CHINA, "ALISEI mission to Shanghai", "Shanghai", "CN",
                SHANGHAI_TIME, LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 17));
    }

    private static ScheduleEngagement meetFudan(LocalDateTime start, LocalDateTime end) {
        return new ScheduleEngagement(SHANGHAI, FUDAN_MEETING, EngagementKind.MEETING, "Meeting with Fudan University",
                "Fudan University, Handan campus", start, end, List.of(FUDAN), List.of("life sciences"));
    }

    @Test
    void planningAMissionRecordsItsDestinationDaysAndZone() {
        fixture.givenNoPriorActivity()
                .when(planShanghai())
                .expectSuccessfulHandlerExecution()
                .expectEvents(shanghaiPlanned());
    }

    @Test
    void aOneDayMissionIsAllowed() {
        var oneDay = new PlanMission(SHANGHAI, ITALY_CHINA, "Day trip", "Shanghai", "CN", SHANGHAI_TIME,
                LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 16));
        fixture.givenNoPriorActivity()
                .when(oneDay)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotPlanAMissionThatEndsBeforeItStarts() {
        var backwards = new PlanMission(SHANGHAI, ITALY_CHINA, "Backwards", "Shanghai", "CN", SHANGHAI_TIME,
                LocalDate.of(2017, 5, 17), LocalDate.of(2017, 5, 16));
        fixture.givenNoPriorActivity()
                .when(backwards)
                .expectException(MissionEndsBeforeItStarts.class)
                .expectNoEvents();
    }

    @Test
    void cannotPlanTheSameMissionTwice() {
        fixture.given(shanghaiPlanned())
                .when(planShanghai())
                .expectException(MissionAlreadyPlanned.class)
                .expectNoEvents();
    }

    @Test
    void schedulingAMeetingTurnsVenueTimeIntoInstantsAndKeepsTheZone() {
        var start = LocalDateTime.of(2017, 5, 16, 10, 0);
        var end = LocalDateTime.of(2017, 5, 16, 11, 30);
        fixture.given(shanghaiPlanned())
                .when(meetFudan(start, end))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EngagementScheduled(SHANGHAI, ITALY_CHINA, FUDAN_MEETING, EngagementKind.MEETING,
                        "Meeting with Fudan University", "Fudan University, Handan campus",
                        ZonedDateTime.parse("2017-05-16T02:00:00Z").toInstant(),
                        ZonedDateTime.parse("2017-05-16T03:30:00Z").toInstant(),
                        SHANGHAI_TIME, List.of(FUDAN), List.of("life sciences")));
    }

    @Test
    void anEngagementMayRunUntilTheLastEveningOfTheMission() {
        fixture.given(shanghaiPlanned())
                .when(meetFudan(LocalDateTime.of(2017, 5, 17, 21, 0), LocalDateTime.of(2017, 5, 17, 23, 59)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotScheduleAnEngagementBeforeTheMissionStarts() {
        fixture.given(shanghaiPlanned())
                .when(meetFudan(LocalDateTime.of(2017, 5, 15, 23, 0), LocalDateTime.of(2017, 5, 16, 0, 30)))
                .expectException(EngagementOutsideMissionDates.class)
                .expectNoEvents();
    }

    @Test
    void cannotScheduleAnEngagementAfterTheMissionEnds() {
        fixture.given(shanghaiPlanned())
                .when(meetFudan(LocalDateTime.of(2017, 5, 18, 9, 0), LocalDateTime.of(2017, 5, 18, 10, 0)))
                .expectException(EngagementOutsideMissionDates.class)
                .expectNoEvents();
    }

    @Test
    void cannotScheduleAnEngagementThatEndsBeforeItStarts() {
        fixture.given(shanghaiPlanned())
                .when(meetFudan(LocalDateTime.of(2017, 5, 16, 11, 0), LocalDateTime.of(2017, 5, 16, 10, 0)))
                .expectException(EngagementEndsBeforeItStarts.class)
                .expectNoEvents();
    }

    @Test
    void cannotScheduleAnEngagementThatEndsTheMomentItStarts() {
        var moment = LocalDateTime.of(2017, 5, 16, 10, 0);
        fixture.given(shanghaiPlanned())
                .when(meetFudan(moment, moment))
                .expectException(EngagementEndsBeforeItStarts.class)
                .expectNoEvents();
    }

    @Test
    void cannotScheduleTheSameEngagementTwice() {
        var start = LocalDateTime.of(2017, 5, 16, 10, 0);
        var end = LocalDateTime.of(2017, 5, 16, 11, 0);
        fixture.given(shanghaiPlanned(), new EngagementScheduled(SHANGHAI, ITALY_CHINA, FUDAN_MEETING, EngagementKind.MEETING,
                        "Meeting with Fudan University", "", start.atZone(SHANGHAI_TIME).toInstant(),
                        end.atZone(SHANGHAI_TIME).toInstant(), SHANGHAI_TIME, List.of(), List.of()))
                .when(meetFudan(start, end))
                .expectException(EngagementAlreadyScheduled.class)
                .expectNoEvents();
    }

    @Test
    void cannotScheduleAnEngagementInAMissionNobodyPlanned() {
        fixture.givenNoPriorActivity()
                .when(meetFudan(LocalDateTime.of(2017, 5, 16, 10, 0), LocalDateTime.of(2017, 5, 16, 11, 0)))
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }
}
