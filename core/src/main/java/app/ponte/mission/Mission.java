package app.ponte.mission;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A delegation abroad and its agenda. The engagements live inside the mission so that rules spanning the agenda
 * (within the mission's days, no duplicate) are decided on one consistent state.
 */
public class Mission {

    @AggregateIdentifier
    private MissionId missionId;

    private ZoneId zone;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private final Map<EngagementId, Engagement> engagements = new HashMap<>();

    /** Axon rebuilds a mission from its events, starting from this empty state. */
    protected Mission() {}

    /*
     * Create-if-missing rather than a constructor: planning an id that exists then reaches this handler, which
     * rejects it by name, on any event store (a constructor would rely on the store's duplicate detection).
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(PlanMission command) {
        if (missionId != null) {
            throw new MissionAlreadyPlanned(command.missionId());
        }
        if (command.endDate().isBefore(command.startDate())) {
            throw new MissionEndsBeforeItStarts(command.startDate(), command.endDate());
        }
        apply(new MissionPlanned(
                command.missionId(),
                command.programId(),
                command.title(),
                command.city(),
                command.countryCode(),
                command.zone(),
                command.startDate(),
                command.endDate()));
    }

    @CommandHandler
    void handle(ScheduleEngagement command) {
        if (engagements.containsKey(command.engagementId())) {
            throw new EngagementAlreadyScheduled(command.engagementId());
        }
        if (!command.end().isAfter(command.start())) {
            throw new EngagementEndsBeforeItStarts(command.start(), command.end());
        }
        if (command.start().toLocalDate().isBefore(firstDay)
                || command.end().toLocalDate().isAfter(lastDay)) {
            throw new EngagementOutsideMissionDates(command.start(), command.end(), firstDay, lastDay);
        }
        apply(new EngagementScheduled(
                missionId,
                command.engagementId(),
                command.kind(),
                command.title(),
                command.venue(),
                command.start().atZone(zone).toInstant(),
                command.end().atZone(zone).toInstant(),
                zone,
                command.counterparts(),
                command.themes()));
    }

    @EventSourcingHandler
    void on(MissionPlanned event) {
        missionId = event.missionId();
        zone = event.zone();
        firstDay = event.startDate();
        lastDay = event.endDate();
    }

    @EventSourcingHandler
    void on(EngagementScheduled event) {
        engagements.put(event.engagementId(), new Engagement(event.engagementId(), event.startsAt(), event.endsAt()));
    }
}
