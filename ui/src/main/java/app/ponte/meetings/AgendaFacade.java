package app.ponte.meetings;

import app.ponte.agenda.EngagementSummary;
import app.ponte.agenda.ListEngagements;
import app.ponte.agenda.ListMissions;
import app.ponte.agenda.MissionSummary;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.MissionId;
import app.ponte.mission.ScheduleEngagement;
import app.ponte.shared.Futures;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** What the meetings screen may ask of the domain, through the gateways only. */
@Service
public class AgendaFacade {

    private static final Logger log = LoggerFactory.getLogger(AgendaFacade.class);

    private final CommandGateway commands;
    private final QueryGateway queries;

    AgendaFacade(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /**
     * Schedules an engagement; the result completes once the mission has decided. It fails with the mission's own
     * rejection ({@link app.ponte.shared.InvalidField} when a field breaks its rule,
     * {@link app.ponte.mission.MissionRejection} when the mission refuses it), possibly wrapped: see {@link Futures#unwrap}.
     */
    public CompletableFuture<EngagementId> schedule(MissionId missionId, EngagementKind kind, String title,
            String venue, LocalDateTime start, LocalDateTime end, List<String> themes) {
        var engagementId = EngagementId.random();
        try {
            return commands.send(new ScheduleEngagement(missionId, engagementId, kind, title, venue, start, end,
                    List.of(), themes)).thenApply(accepted -> engagementId);
        } catch (RuntimeException refusedBeforeSending) {
            // Access checks run as the command is dispatched, on this thread: one path for every verdict.
            return CompletableFuture.failedFuture(refusedBeforeSending);
        }
    }


    /** Delivers the planned missions now and each mission planned later, until the returned handle is closed. */
    public Subscription watchMissions(Consumer<List<MissionSummary>> onMissions) {
        return watch(queries.subscriptionQuery(new ListMissions(),
                ResponseTypes.multipleInstancesOf(MissionSummary.class),
                ResponseTypes.instanceOf(MissionSummary.class)), onMissions);
    }

    /**
     * Delivers a mission's engagements now and each one scheduled later, until the returned handle is closed. The
     * first delivery and the later ones may overlap or arrive out of order: receivers merge by engagement id.
     */
    public Subscription watchAgenda(MissionId missionId, Consumer<List<EngagementSummary>> onEngagements) {
        return watch(queries.subscriptionQuery(new ListEngagements(missionId),
                ResponseTypes.multipleInstancesOf(EngagementSummary.class),
                ResponseTypes.instanceOf(EngagementSummary.class)), onEngagements);
    }

    /*
     * A receiver that throws (typically because its UI has just been closed) ends the watch; the error is expected
     * then and is only logged.
     */
    private static <T> Subscription watch(SubscriptionQueryResult<List<T>, T> result, Consumer<List<T>> receiver) {
        result.updates().subscribe(update -> receiver.accept(List.of(update)), AgendaFacade::watchEnded);
        result.initialResult().subscribe(receiver, AgendaFacade::watchEnded);
        return result::cancel;
    }

    private static void watchEnded(Throwable reason) {
        log.debug("A live query ended: {}", reason.toString());
    }

    /** An open live query; closing it stops the deliveries. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {

        @Override
        void close();
    }
}
