package app.ponte.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.EngagementScheduled;
import app.ponte.mission.MissionId;
import app.ponte.mission.MissionPlanned;
import app.ponte.organization.OrganizationId;
import app.ponte.program.ProgramId;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgendaProjectionTest {

    private static final ZoneId SHANGHAI_TIME = ZoneId.of("Asia/Shanghai");
    private static final MissionId SHANGHAI = MissionId.random();
    private static final MissionId ELSEWHERE = MissionId.random();
    private static final OrganizationId FUDAN = OrganizationId.random();

    private MongoServer server;
    private MongoClient client;
    private AgendaProjection projection;
    private QueryBus queryBus;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        MongoDatabase database = client.getDatabase("ponte");
        var emitter = SimpleQueryUpdateEmitter.builder().build();
        queryBus = SimpleQueryBus.builder().queryUpdateEmitter(emitter).build();
        projection = new AgendaProjection(database, emitter);
        new AnnotationQueryHandlerAdapter<>(projection).subscribe(queryBus);
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    private static final ProgramId PROGRAM = ProgramId.random();

    private static MissionPlanned planned(MissionId id, String title, LocalDate start) {
        return new MissionPlanned(id, PROGRAM, title, "Shanghai", "CN", SHANGHAI_TIME, start,
                start.plusDays(1));
    }

    private static EngagementScheduled scheduled(MissionId mission, String title, String startsAt) {
        var start = Instant.parse(startsAt);
        return new EngagementScheduled(mission, PROGRAM, EngagementId.random(), EngagementKind.MEETING, title, "Campus",
                start, start.plus(Duration.ofHours(1)), SHANGHAI_TIME, List.of(FUDAN), List.of("life sciences"));
    }

    /** Through Axon's own handler adapter, as the processor delivers: with an event id and a timestamp. */
    private void deliver(Object event) {
        deliver(GenericEventMessage.asEventMessage(event));
    }

    private void deliver(EventMessage<?> message) {
        try {
            new AnnotationEventHandlerAdapter(projection).handle(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static EventMessage<?> at(Object event, String instant) {
        return new GenericEventMessage<>(java.util.UUID.randomUUID().toString(), event, java.util.Map.of(),
                Instant.parse(instant));
    }

    private List<EngagementSummary> agendaOf(MissionId mission) {
        return queryBus.query(new GenericQueryMessage<>(new ListEngagements(mission),
                        ResponseTypes.multipleInstancesOf(EngagementSummary.class)))
                .join()
                .getPayload();
    }

    @Test
    void listsAMissionsEngagementsInTimeOrderWithVenueZone() {
        deliver(planned(SHANGHAI, "ALISEI mission to Shanghai", LocalDate.of(2017, 5, 16)));
        var later = scheduled(SHANGHAI, "Meeting with ShanghaiTech University", "2017-05-16T06:00:00Z");
        var earlier = scheduled(SHANGHAI, "Meeting with Fudan University", "2017-05-16T02:00:00Z");
        deliver(later);
        deliver(earlier);
        deliver(scheduled(ELSEWHERE, "Somewhere else", "2017-05-16T01:00:00Z"));

        var agenda = agendaOf(SHANGHAI);

        assertThat(agenda).extracting(EngagementSummary::title)
                .containsExactly("Meeting with Fudan University", "Meeting with ShanghaiTech University");
        var fudan = agenda.get(0);
        assertThat(fudan.engagementId()).isEqualTo(earlier.engagementId());
        assertThat(fudan.venueStart().toLocalTime()).hasToString("10:00");
        assertThat(fudan.counterparts()).containsExactly(FUDAN);
        assertThat(fudan.themes()).containsExactly("life sciences");
    }

    @Test
    void replayingAnEventLeavesOneDocument() {
        var fudan = scheduled(SHANGHAI, "Meeting with Fudan University", "2017-05-16T02:00:00Z");
        deliver(fudan);
        deliver(fudan);

        assertThat(agendaOf(SHANGHAI)).hasSize(1);
    }

    @Test
    void listsMissionsEarliestFirst() {
        deliver(planned(ELSEWHERE, "Later mission", LocalDate.of(2018, 3, 1)));
        deliver(planned(SHANGHAI, "ALISEI mission to Shanghai", LocalDate.of(2017, 5, 16)));

        var missions = queryBus.query(new GenericQueryMessage<>(new ListMissions(),
                        ResponseTypes.multipleInstancesOf(MissionSummary.class)))
                .join()
                .getPayload();

        assertThat(missions).extracting(MissionSummary::title)
                .containsExactly("ALISEI mission to Shanghai", "Later mission");
        assertThat(missions.get(0).zone()).isEqualTo(SHANGHAI_TIME);
        assertThat(missions.get(0).endDate()).isEqualTo(LocalDate.of(2017, 5, 17));
    }

    @Test
    void subscribersOfAMissionReceiveItsNewEngagementsOnly() {
        deliver(scheduled(SHANGHAI, "Meeting with Fudan University", "2017-05-16T02:00:00Z"));
        var subscription = queryBus.subscriptionQuery(new GenericSubscriptionQueryMessage<>(
                new ListEngagements(SHANGHAI),
                ResponseTypes.multipleInstancesOf(EngagementSummary.class),
                ResponseTypes.instanceOf(EngagementSummary.class)));
        var received = new CopyOnWriteArrayList<String>();
        subscription.updates().subscribe(update -> received.add(update.getPayload().title()));
        // The initial result is computed when read, so it is read before the next events, as a view does.
        assertThat(subscription.initialResult().block().getPayload())
                .extracting(EngagementSummary::title)
                .containsExactly("Meeting with Fudan University");

        deliver(scheduled(ELSEWHERE, "Somewhere else", "2017-05-16T01:00:00Z"));
        deliver(scheduled(SHANGHAI, "Meeting with ITA", "2017-05-17T02:00:00Z"));

        assertThat(received).containsExactly("Meeting with ITA");
        subscription.cancel();
    }

    @Test
    void resetEmptiesTheAgenda() {
        deliver(scheduled(SHANGHAI, "Meeting with Fudan University", "2017-05-16T02:00:00Z"));
        projection.reset();

        assertThat(agendaOf(SHANGHAI)).isEmpty();
    }

    @Test
    void theAgendaFollowsAnEngagementThroughRescheduleHoldAndOutcome() {
        var fudan = scheduled(SHANGHAI, "Meeting with Fudan University", "2017-05-16T02:00:00Z");
        var program = ProgramId.random();
        deliver(planned(SHANGHAI, "ALISEI mission to Shanghai", LocalDate.of(2017, 5, 16)));
        deliver(fudan);
        deliver(new app.ponte.mission.EngagementRescheduled(SHANGHAI, program, fudan.engagementId(),
                Instant.parse("2017-05-16T03:00:00Z"), Instant.parse("2017-05-16T04:00:00Z"), SHANGHAI_TIME,
                fudan.startsAt(), fudan.endsAt()));
        deliver(new app.ponte.mission.EngagementHeld(SHANGHAI, program, fudan.engagementId(),
                EngagementKind.MEETING, List.of(FUDAN), "Health cooperation"));
        var outcome = app.ponte.shared.OutcomeId.random();
        deliver(new app.ponte.mission.OutcomeLogged(SHANGHAI, program, fudan.engagementId(), outcome,
                app.ponte.mission.OutcomeKind.LEAD, "A lead in Fudan's medical school", List.of(FUDAN), List.of(),
                null));

        var agenda = queryBus.query(new GenericQueryMessage<>(new GetMissionAgenda(SHANGHAI),
                ResponseTypes.instanceOf(MissionAgenda.class))).join().getPayload();

        assertThat(agenda.mission().title()).isEqualTo("ALISEI mission to Shanghai");
        var held = agenda.engagements().get(0);
        assertThat(held.status()).isEqualTo(EngagementStatus.HELD);
        assertThat(held.venueStart().toLocalTime()).hasToString("11:00");
        assertThat(held.minutes()).isEqualTo("Health cooperation");
        assertThat(held.outcomes()).extracting(OutcomeSummary::outcomeId).containsExactly(outcome);
    }

    @Test
    void countsReschedulingsOnceEachAndKeepsTheLatestChange() {
        var fudan = scheduled(SHANGHAI, "Meeting with Fudan University", "2017-05-16T02:00:00Z");
        deliver(planned(SHANGHAI, "ALISEI mission to Shanghai", LocalDate.of(2017, 5, 16)));
        deliver(at(fudan, "2017-04-01T08:00:00Z"));
        var moved = at(new app.ponte.mission.EngagementRescheduled(SHANGHAI, PROGRAM, fudan.engagementId(),
                Instant.parse("2017-05-16T03:00:00Z"), Instant.parse("2017-05-16T04:00:00Z"), SHANGHAI_TIME,
                fudan.startsAt(), fudan.endsAt()), "2017-04-02T08:00:00Z");
        deliver(moved);
        deliver(moved);
        assertThat(agendaOf(SHANGHAI).get(0).reschedulings()).isEqualTo(1);

        deliver(at(new app.ponte.mission.EngagementRescheduled(SHANGHAI, PROGRAM, fudan.engagementId(),
                Instant.parse("2017-05-16T05:00:00Z"), Instant.parse("2017-05-16T06:00:00Z"), SHANGHAI_TIME,
                Instant.parse("2017-05-16T03:00:00Z"), Instant.parse("2017-05-16T04:00:00Z")),
                "2017-04-03T08:00:00Z"));
        deliver(at(new app.ponte.mission.EngagementCancelled(SHANGHAI, PROGRAM, fudan.engagementId(), "Rain"),
                "2017-04-04T08:00:00Z"));
        // A redelivered scheduling neither forgets the reschedulings nor moves the last change back.
        deliver(at(fudan, "2017-04-01T08:00:00Z"));
        deliver(at(new app.ponte.mission.EngagementCancelled(SHANGHAI, PROGRAM, fudan.engagementId(), "Rain"),
                "2017-04-04T08:00:00Z"));

        var cancelled = agendaOf(SHANGHAI).get(0);
        assertThat(cancelled.reschedulings()).isEqualTo(2);
        assertThat(cancelled.status()).isEqualTo(EngagementStatus.CANCELLED);
        assertThat(cancelled.lastModified()).isEqualTo(Instant.parse("2017-04-04T08:00:00Z"));
    }
}
