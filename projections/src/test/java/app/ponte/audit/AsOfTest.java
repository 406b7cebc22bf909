package app.ponte.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.agenda.AgendaProjection;
import app.ponte.agenda.ListEngagements;
import app.ponte.agenda.ListMissions;
import app.ponte.agenda.MissionSummary;
import app.ponte.store.MongoStore;
import java.time.Instant;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AsOfTest {

    private final AuditStore store = new AuditStore();
    private HistoricalViews views;

    @BeforeEach
    void writeTheRecord() {
        ShanghaiEvents.write(store);
        views = new HistoricalViews(new AsOf(store.engine));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theAgendaAsOfAMomentIsWhatAReplayOfTheEventsUpToThenProduces() {
        for (Instant at : new Instant[] {ShanghaiEvents.PLANNED.minusSeconds(1), ShanghaiEvents.PLANNED,
                ShanghaiEvents.SCHEDULED.minusSeconds(1), ShanghaiEvents.SCHEDULED, ShanghaiEvents.OTHER_PLANNED,
                ShanghaiEvents.RESCHEDULED}) {
            var historical = views.handle(ShowAgendaAsOf.allMissions(at));
            var expected = replayByHand(at);

            assertThat(historical.asOf()).isEqualTo(at);
            assertThat(historical.missions()).as("missions as of %s", at).isEqualTo(expected.missions());
            assertThat(historical.engagements()).as("engagements as of %s", at).isEqualTo(expected.engagements());
        }
    }

    @Test
    void theAgendaAsOfAMomentShowsOnlyWhatExistedThen() {
        var beforeHanoi = views.handle(ShowAgendaAsOf.allMissions(ShanghaiEvents.OTHER_PLANNED.minusSeconds(1)));
        var now = views.handle(ShowAgendaAsOf.allMissions(Instant.parse("2030-01-01T00:00:00Z")));

        assertThat(beforeHanoi.missions()).extracting(MissionSummary::title)
                .containsExactly("ALISEI mission to Shanghai");
        assertThat(beforeHanoi.engagements()).hasSize(1);
        assertThat(now.missions()).extracting(MissionSummary::title)
                .containsExactly("ALISEI life-sciences mission to Shanghai", "Mission to Hanoi");
        assertThat(views.handle(ShowAgendaAsOf.allMissions(ShanghaiEvents.SCHEDULED.minusSeconds(1))).engagements())
                .isEmpty();
    }

    @Test
    void oneMissionsAgendaAsOfAMomentIsRebuiltFromThatMissionsEventsAlone() {
        var shanghai = views.handle(new ShowAgendaAsOf(ShanghaiEvents.RESCHEDULED, ShanghaiEvents.MISSION));
        var all = views.handle(ShowAgendaAsOf.allMissions(ShanghaiEvents.RESCHEDULED));

        assertThat(shanghai.missions()).extracting(MissionSummary::missionId)
                .containsExactly(ShanghaiEvents.MISSION);
        assertThat(shanghai.engagements()).isEqualTo(all.engagements());
        assertThat(shanghai.events()).as("planned, scheduled, amended, rescheduled; the Hanoi mission is skipped")
                .isEqualTo(4);
    }

    /** The oracle: a fresh agenda fed by hand with exactly the stored events stamped up to the moment. */
    private HistoricalAgenda replayByHand(Instant at) {
        try (var database = MongoStore.inMemory("oracle")) {
            var agenda = new AgendaProjection(database.database(), SimpleQueryUpdateEmitter.builder().build());
            var handlers = new AnnotationEventHandlerAdapter(agenda);
            long applied = 0;
            for (var event : store.trackedEvents()) {
                if (!event.getTimestamp().isAfter(at) && handlers.canHandle(event)) {
                    try {
                        handlers.handle(event);
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                    applied++;
                }
            }
            var missions = agenda.handle(new ListMissions());
            var engagements = missions.stream()
                    .flatMap(mission -> agenda.handle(new ListEngagements(mission.missionId())).stream()).toList();
            return new HistoricalAgenda(at, applied, missions, engagements);
        }
    }
}
