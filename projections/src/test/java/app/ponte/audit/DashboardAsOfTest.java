package app.ponte.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.contact.ContactEvent;
import app.ponte.contact.CryptoShreddingVault;
import app.ponte.dashboard.DashboardCheckpoints;
import app.ponte.dashboard.GetProgramDashboard;
import app.ponte.dashboard.OverdueFollowUp;
import app.ponte.dashboard.ProgramDashboard;
import app.ponte.dashboard.ProgramDashboardProjection;
import app.ponte.followup.FollowUpEvent;
import app.ponte.live.ReadModelChanges;
import app.ponte.live.ShanghaiStory;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.EngagementScheduled;
import app.ponte.mission.MissionEvent;
import app.ponte.mission.MissionPlanned;
import app.ponte.opportunity.OpportunityEvent;
import app.ponte.organization.OrganizationEvent;
import app.ponte.privacy.CryptoShredder;
import app.ponte.privacy.InMemoryKeyStore;
import app.ponte.program.ProgramEvent;
import app.ponte.store.MongoStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A program's dashboard as of a moment is what the same projection shows after exactly the events up to then. */
class DashboardAsOfTest {

    private static final Instant STORY_BEGINS = Instant.parse("2017-03-01T09:00:00Z");

    private final AuditStore store = new AuditStore();
    private HistoricalViews views;

    @BeforeEach
    void writeTheStory() {
        var story = ShanghaiStory.events(new CryptoShreddingVault(new CryptoShredder(new InMemoryKeyStore())));
        for (int i = 0; i < story.size(); i++) {
            var event = story.get(i);
            var at = STORY_BEGINS.plus(Duration.ofDays(i));
            store.append(aggregateType(event), aggregateId(event), event, "officer-anna", at);
            // Another program's mission runs alongside: its events must not change this program's dashboard.
            store.append("Mission", ShanghaiEvents.OTHER_MISSION, otherProgramsEvent(i), "officer-marco",
                    at.plus(Duration.ofHours(1)));
        }
        views = new HistoricalViews(new AsOf(store.engine));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static final List<Instant> MOMENTS = List.of(STORY_BEGINS.minusSeconds(1),
            STORY_BEGINS.plus(Duration.ofDays(8)), STORY_BEGINS.plus(Duration.ofDays(15)),
            STORY_BEGINS.plus(Duration.ofDays(19)), Instant.parse("2017-06-05T00:00:00Z"),
            Instant.parse("2019-01-01T00:00:00Z"));

    @Test
    void theDashboardAsOfAMomentIsWhatAReplayOfEveryEventUpToThenShows() {
        for (Instant at : MOMENTS) {
            var historical = views.handle(new ShowProgramDashboardAsOf(ShanghaiStory.PROGRAM, at));

            assertThat(historical.asOf()).isEqualTo(at);
            assertThat(historical.dashboard()).as("dashboard as of %s", at).isEqualTo(replayEverythingUpTo(at));
        }
    }

    @Test
    void fromTheNearestCheckpointTheDashboardAsOfAMomentIsStillWhatAReplayOfEveryEventUpToThenShows() {
        int stored = store.trackedEvents().size();
        var checkpoints = new DashboardCheckpoints(store.store.database(), store.engine, 5);
        assertThat(checkpoints.extend()).isEqualTo(stored);
        var checkpointed = new HistoricalViews(new AsOf(store.engine), checkpoints);

        for (Instant at : MOMENTS) {
            var fromCheckpoint = checkpointed.handle(new ShowProgramDashboardAsOf(ShanghaiStory.PROGRAM, at));
            var fromTheFirstEvent = views.handle(new ShowProgramDashboardAsOf(ShanghaiStory.PROGRAM, at));

            assertThat(fromCheckpoint.dashboard()).as("dashboard as of %s", at).isEqualTo(replayEverythingUpTo(at));
            assertThat(fromCheckpoint.events()).as("events as of %s", at).isEqualTo(fromTheFirstEvent.events());
        }
        var late = Instant.parse("2019-01-01T00:00:00Z");
        assertThat(checkpoints.resume(ShanghaiStory.PROGRAM, late, Clock.systemUTC())).get()
                .extracting(resumed -> resumed.from().position().orElseThrow())
                .as("the last checkpoint, not the start of the stream").isEqualTo(stored / 5 * 5L);
        assertThat(checkpoints.resume(ShanghaiStory.PROGRAM, STORY_BEGINS.minusSeconds(1), Clock.systemUTC()))
                .as("no checkpoint lies wholly before the first event").isEmpty();
    }

    @Test
    void checkpointsResumeWhereTheStoredOnesEndAndFoldOnlyWhatCameAfter() {
        int stored = store.trackedEvents().size();
        new DashboardCheckpoints(store.store.database(), store.engine, 4).extend();
        store.append("Mission", ShanghaiEvents.OTHER_MISSION, otherProgramsEvent(99), "officer-marco",
                Instant.parse("2017-07-01T00:00:00Z"));

        var restarted = new DashboardCheckpoints(store.store.database(), store.engine, 4);

        assertThat(restarted.extend()).as("the events after the last checkpoint, and the new one")
                .isEqualTo(stored - stored / 4 * 4 + 1);
        var at = Instant.parse("2019-01-01T00:00:00Z");
        assertThat(new HistoricalViews(new AsOf(store.engine), restarted)
                .handle(new ShowProgramDashboardAsOf(ShanghaiStory.PROGRAM, at)).dashboard())
                .isEqualTo(replayEverythingUpTo(at));
    }

    @Test
    void theDashboardAsOfAMomentShowsThePastNotToday() {
        var beforeAnyMeeting = views.handle(new ShowProgramDashboardAsOf(ShanghaiStory.PROGRAM,
                STORY_BEGINS.plus(Duration.ofDays(9)))).dashboard();
        var afterTheFollowUpWasDue = views.handle(new ShowProgramDashboardAsOf(ShanghaiStory.PROGRAM,
                Instant.parse("2017-06-05T00:00:00Z"))).dashboard();

        assertThat(beforeAnyMeeting.name()).isEqualTo("Italy–China research and innovation");
        assertThat(beforeAnyMeeting.engagementsScheduled()).isEqualTo(1);
        assertThat(beforeAnyMeeting.engagementsHeld()).isZero();
        assertThat(afterTheFollowUpWasDue.engagementsHeld()).isEqualTo(2);
        assertThat(afterTheFollowUpWasDue.overdueFollowUps()).extracting(OverdueFollowUp::followUpId)
                .containsExactly(ShanghaiStory.LATE_FOLLOW_UP);
    }

    /** The oracle: the dashboard projection fed by hand with every stored event up to the moment, on its clock. */
    private ProgramDashboard replayEverythingUpTo(Instant at) {
        try (var database = MongoStore.inMemory("oracle")) {
            var projection = new ProgramDashboardProjection(database.database(),
                    new ReadModelChanges(database.database()), Clock.fixed(at, ZoneOffset.UTC));
            var handlers = new AnnotationEventHandlerAdapter(projection);
            for (var event : store.trackedEvents()) {
                if (!event.getTimestamp().isAfter(at) && handlers.canHandle(event)) {
                    try {
                        handlers.handle(event);
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }
            }
            return projection.handle(new GetProgramDashboard(ShanghaiStory.PROGRAM));
        }
    }

    private static Object otherProgramsEvent(int i) {
        if (i == 0) {
            return new MissionPlanned(ShanghaiEvents.OTHER_MISSION, ShanghaiEvents.OTHER_PROGRAM, "Mission to Hanoi",
                    "Hanoi", "VN", ZoneId.of("Asia/Ho_Chi_Minh"), LocalDate.of(2017, 6, 5), LocalDate.of(2017, 6, 7));
        }
        var start = Instant.parse("2017-06-05T02:00:00Z").plus(Duration.ofHours(i));
        return new EngagementScheduled(ShanghaiEvents.OTHER_MISSION, ShanghaiEvents.OTHER_PROGRAM,
                EngagementId.random(), EngagementKind.MEETING,
                "Hanoi meeting " + i, "Hanoi", start, start.plus(Duration.ofMinutes(30)), ZoneId.of("Asia/Ho_Chi_Minh"),
                List.of(ShanghaiStory.FUDAN), List.of("life sciences"));
    }

    private static String aggregateType(Object event) {
        if (event instanceof MissionEvent) {
            return "Mission";
        } else if (event instanceof ProgramEvent) {
            return "Program";
        } else if (event instanceof OrganizationEvent) {
            return "Organization";
        } else if (event instanceof ContactEvent) {
            return "Contact";
        } else if (event instanceof OpportunityEvent) {
            return "Opportunity";
        } else if (event instanceof FollowUpEvent) {
            return "FollowUp";
        }
        throw new IllegalArgumentException("No aggregate for " + event);
    }

    private static Object aggregateId(Object event) {
        if (event instanceof MissionEvent e) {
            return e.missionId();
        } else if (event instanceof ProgramEvent e) {
            return e.programId();
        } else if (event instanceof OrganizationEvent e) {
            return e.organizationId();
        } else if (event instanceof ContactEvent e) {
            return e.contactId();
        } else if (event instanceof OpportunityEvent e) {
            return e.opportunityId();
        } else if (event instanceof FollowUpEvent e) {
            return e.followUpId();
        }
        throw new IllegalArgumentException("No aggregate for " + event);
    }
}
