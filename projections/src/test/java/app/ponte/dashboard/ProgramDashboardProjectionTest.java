package app.ponte.dashboard;

import static app.ponte.live.ShanghaiStory.FUDAN_MEETING;
import static app.ponte.live.ShanghaiStory.LATE_FOLLOW_UP;
import static app.ponte.live.ShanghaiStory.PROGRAM;
import static app.ponte.live.ShanghaiStory.WORKSHOP;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.contact.CryptoShreddingVault;
import app.ponte.live.EmbeddedReadModels;
import app.ponte.live.ReadModelChanges;
import app.ponte.live.ShanghaiStory;
import app.ponte.mission.EngagementHeld;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementScheduled;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.OutcomeKind;
import app.ponte.opportunity.OpportunityStage;
import app.ponte.privacy.CryptoShredder;
import app.ponte.privacy.InMemoryKeyStore;
import app.ponte.program.IndicatorKind;
import app.ponte.program.ProgramId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import app.ponte.mission.OutcomeRetracted;
import app.ponte.program.IndicatorDefined;
import app.ponte.program.IndicatorTarget;
import app.ponte.shared.Period;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProgramDashboardProjectionTest {

    private static final Clock DURING_THE_MISSION = Clock.fixed(Instant.parse("2017-05-16T05:00:00Z"), ZoneOffset.UTC);

    private EmbeddedReadModels readModels;
    private List<Object> story;
    private List<EventMessage<?>> published;

    @BeforeEach
    void tellTheStory() {
        readModels = new EmbeddedReadModels();
        readModels.register(new ProgramDashboardProjection(readModels.database(), readModels.changes(),
                DURING_THE_MISSION));
        story = ShanghaiStory.events(new CryptoShreddingVault(new CryptoShredder(new InMemoryKeyStore())));
        published = readModels.publish(story.toArray());
    }

    @AfterEach
    void close() {
        readModels.close();
    }

    private ProgramDashboard dashboard() {
        return readModels.ask(new GetProgramDashboard(PROGRAM), ProgramDashboard.class);
    }

    @Test
    void comparesIndicatorsOfTheCurrentPeriodWithWhatTheEventsAddUpTo() {
        var indicators = dashboard().indicators();

        assertThat(indicators).extracting(IndicatorProgress::kind, IndicatorProgress::target, IndicatorProgress::actual)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(IndicatorKind.MEETINGS_HELD, 10L, 2L),
                        org.assertj.core.groups.Tuple.tuple(IndicatorKind.COUNTERPARTS_MET, 5L, 2L),
                        org.assertj.core.groups.Tuple.tuple(IndicatorKind.OUTCOMES_LOGGED, 4L, 1L));
        assertThat(indicators.get(0).periodStart()).hasToString("2017-01-01");
    }

    /*
     * A mission of 2017 entered in 2026: every indicator counts by the day the engagement was held, the opportunity
     * opened from its outcome included, and keeps counting it there once the outcome is retracted.
     */
    @Test
    void aChosenTargetPeriodShowsOnlyTheIndicatorsWithATargetForItCountedOverIt() {
        var in2018 = readModels.ask(new GetIndicatorsInPeriod(PROGRAM, LocalDate.of(2018, 1, 1),
                LocalDate.of(2018, 12, 31)), IndicatorsInPeriod.class);

        assertThat(in2018.indicators()).extracting(IndicatorProgress::kind, IndicatorProgress::target,
                IndicatorProgress::actual).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(IndicatorKind.MEETINGS_HELD, 12L, 0L));
        assertThat(in2018.targetPeriods()).containsExactly(
                Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)),
                Period.of(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)));
        assertThat(in2018.programStart()).hasToString("2017-01-01");
        assertThat(in2018.programEnd()).hasToString("2018-12-31");
    }

    @Test
    void theWholeProgramAddsUpEveryTargetAndCountsEveryDay() {
        var allTime = readModels.ask(new GetIndicatorsInPeriod(PROGRAM, LocalDate.of(2017, 1, 1),
                LocalDate.of(2018, 12, 31)), IndicatorsInPeriod.class);

        assertThat(allTime.indicators()).extracting(IndicatorProgress::kind, IndicatorProgress::target,
                IndicatorProgress::actual).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(IndicatorKind.MEETINGS_HELD, 22L, 2L),
                        org.assertj.core.groups.Tuple.tuple(IndicatorKind.COUNTERPARTS_MET, 5L, 2L),
                        org.assertj.core.groups.Tuple.tuple(IndicatorKind.OUTCOMES_LOGGED, 4L, 1L));
        assertThat(allTime.indicators().get(0).periodEnd()).hasToString("2018-12-31");
    }

    @Test
    void theCurrentPeriodIsTheDashboardsOwn() {
        var current = readModels.ask(GetIndicatorsInPeriod.current(PROGRAM), IndicatorsInPeriod.class);

        assertThat(current.indicators()).isEqualTo(dashboard().indicators());
    }

    @Test
    void opportunitiesOpenedCountOnTheirOutcomesEngagementDayNotTheDayTheyWereRecorded() {
        try (var late = new EmbeddedReadModels()) {
            late.register(new ProgramDashboardProjection(late.database(), late.changes(), DURING_THE_MISSION));
            var recorded = Instant.parse("2026-11-30T09:00:00Z");
            var messages = new java.util.ArrayList<EventMessage<?>>();
            var events = new java.util.ArrayList<Object>(story);
            events.add(new IndicatorDefined(PROGRAM, IndicatorKind.OPPORTUNITIES_OPENED, List.of(new IndicatorTarget(
                    Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)), 3))));
            for (Object event : events) {
                recorded = recorded.plusSeconds(1);
                messages.add(new GenericEventMessage<>(UUID.randomUUID().toString(), event, MetaData.emptyInstance(),
                        recorded));
            }
            late.deliver(messages);

            assertThat(opened(late)).as("the story's one opportunity, opened from a meeting of May 2017").isEqualTo(1);

            late.deliver(List.of(new GenericEventMessage<>(UUID.randomUUID().toString(),
                    new OutcomeRetracted(ShanghaiStory.MISSION, PROGRAM, FUDAN_MEETING, ShanghaiStory.COLLABORATION,
                            OutcomeKind.COLLABORATION_OPPORTUNITY, "logged twice"),
                    MetaData.emptyInstance(), recorded.plusSeconds(1))));
            assertThat(opened(late)).as("still on its engagement's day once its outcome is retracted").isEqualTo(1);
        }
    }

    private static long opened(EmbeddedReadModels readModels) {
        return readModels.ask(new GetProgramDashboard(PROGRAM), ProgramDashboard.class).indicators().stream()
                .filter(indicator -> indicator.kind() == IndicatorKind.OPPORTUNITIES_OPENED)
                .findFirst().orElseThrow().actual();
    }

    @Test
    void countsEngagementsOutcomesAndTheFunnel() {
        var dashboard = dashboard();

        assertThat(dashboard.name()).isEqualTo("Italy–China research and innovation");
        assertThat(dashboard.engagementsScheduled()).isEqualTo(1);
        assertThat(dashboard.engagementsHeld()).isEqualTo(2);
        assertThat(dashboard.engagementsCancelled()).isEqualTo(1);
        assertThat(dashboard.outcomesByKind()).containsEntry(OutcomeKind.COLLABORATION_OPPORTUNITY, 1L)
                .containsEntry(OutcomeKind.AGREEMENT, 0L);
        assertThat(dashboard.opportunitiesByStage()).containsEntry(OpportunityStage.QUALIFIED, 1L)
                .containsEntry(OpportunityStage.IDENTIFIED, 0L);
    }

    @Test
    void groupsCounterpartsByCountryTypeAndTheme() {
        var dashboard = dashboard();

        assertThat(dashboard.counterpartsByCountry()).containsExactly(java.util.Map.entry("CN", 3L));
        assertThat(dashboard.counterpartsByType()).containsExactly(java.util.Map.entry("UNIVERSITY", 2L),
                java.util.Map.entry("COMPANY", 1L));
        assertThat(dashboard.counterpartsByTheme()).containsEntry("life sciences", 2L);
    }

    @Test
    void listsWhatIsAheadAndTheLatestActivityFirst() {
        var dashboard = dashboard();

        assertThat(dashboard.upcoming()).extracting(UpcomingEngagement::engagementId).containsExactly(WORKSHOP);
        assertThat(dashboard.recentActivity()).hasSizeLessThanOrEqualTo(ProgramDashboardProjection.FEED_LENGTH);
        assertThat(dashboard.recentActivity().get(0).at()).isAfter(dashboard.recentActivity().get(1).at());
        assertThat(dashboard.recentActivity()).anySatisfy(activity -> {
            assertThat(activity.what()).isEqualTo("ENGAGEMENT_HELD");
            assertThat(activity.title()).isEqualTo("Meeting with Fudan University (复旦大学)");
        });
    }

    @Test
    void followUpsBecomeOverdueWithTheCalendarNotWithAnEvent() {
        var later = new ProgramDashboardProjection(readModels.database(), readModels.changes(),
                Clock.fixed(Instant.parse("2017-06-11T09:00:00Z"), ZoneOffset.UTC));

        var overdue = later.handle(new GetProgramDashboard(PROGRAM)).overdueFollowUps();

        assertThat(overdue).extracting(OverdueFollowUp::followUpId).containsExactly(LATE_FOLLOW_UP);
        assertThat(overdue.get(0).daysOverdue()).isEqualTo(10);
        assertThat(dashboard().overdueFollowUps()).isEmpty();
    }

    @Test
    void aRedeliveredEventCountsOnce() {
        readModels.publish(new EngagementHeld(ShanghaiStory.MISSION, PROGRAM, FUDAN_MEETING, EngagementKind.MEETING,
                List.of(ShanghaiStory.FUDAN), "Collaboration on health"));

        assertThat(dashboard().engagementsHeld()).isEqualTo(2);
    }

    @Test
    void listsOnlyTheProgramsInScope() {
        var all = readModels.ask(new ListAllProgramIds(), ProgramIds.class).ids();
        assertThat(all).containsExactly(PROGRAM);

        assertThat(readModels.askList(new ListPrograms(Set.of(PROGRAM)), ProgramSummary.class))
                .extracting(ProgramSummary::name, ProgramSummary::missions, ProgramSummary::engagementsHeld)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Italy–China research and innovation", 1L, 2L));
        assertThat(readModels.askList(new ListPrograms(Set.of()), ProgramSummary.class)).isEmpty();
        assertThat(readModels.askList(new ListPrograms(Set.of(ProgramId.random())), ProgramSummary.class)).isEmpty();
    }

    @Test
    void writesMoveTheProgramsChangeCounter() {
        var before = readModels.changes().versions().get(ReadModelChanges.program(PROGRAM));
        readModels.publish(new EngagementHeld(ShanghaiStory.MISSION, PROGRAM, WORKSHOP, EngagementKind.WORKSHOP,
                List.of(), null));

        assertThat(readModels.changes().versions().get(ReadModelChanges.program(PROGRAM))).isGreaterThan(before);
    }

    @Test
    void theReadModelAnswersAsTheSameHandlersFoldedInMemory() throws Exception {
        for (Clock clock : List.of(DURING_THE_MISSION,
                Clock.fixed(Instant.parse("2017-06-11T09:00:00Z"), ZoneOffset.UTC))) {
            var inMemory = ProgramDashboardProjection.inMemory(clock);
            var handlers = new AnnotationEventHandlerAdapter(inMemory);
            for (EventMessage<?> message : published) {
                if (handlers.canHandle(message)) {
                    handlers.handle(message);
                }
            }
            var live = new ProgramDashboardProjection(readModels.database(), readModels.changes(), clock);

            var expected = inMemory.handle(new GetProgramDashboard(PROGRAM));
            assertThat(live.handle(new GetProgramDashboard(PROGRAM))).isEqualTo(expected);
            assertThat(expected.upcoming().size() + expected.overdueFollowUps().size()).isPositive();
        }
    }

    @Test
    void upcomingEngagementsStartingTogetherAreOrderedByTitle() {
        var start = Instant.parse("2017-05-20T02:00:00Z");
        var titles = List.of("k", "j", "i", "h", "g", "f", "e", "d", "c", "b", "a");
        readModels.publish(titles.stream().map(title -> new EngagementScheduled(ShanghaiStory.MISSION,
                ShanghaiStory.PROGRAM, EngagementId.random(), EngagementKind.MEETING, title, "Shanghai", start, start.plusSeconds(3600),
                ZoneId.of("Asia/Shanghai"), List.of(), List.of())).toArray());

        // The story's workshop starts earlier and keeps the first place; of the eleven tied, the seven first by title.
        assertThat(dashboard().upcoming()).extracting(UpcomingEngagement::title)
                .containsExactly("The new frontier of the healthcare", "a", "b", "c", "d", "e", "f", "g");
        assertThat(dashboard().upcoming()).filteredOn(engagement -> engagement.startsAt().equals(start))
                .allSatisfy(engagement -> {
                    assertThat(engagement.missionId()).isEqualTo(ShanghaiStory.MISSION);
                    assertThat(engagement.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
                });
    }

    @Test
    void resetEmptiesTheDashboard() {
        readModels.resetAll();

        assertThat(dashboard().engagementsHeld()).isZero();
        assertThat(dashboard().recentActivity()).isEmpty();
    }
}
