package app.ponte.dashboard;

import app.ponte.followup.FollowUpEvent;
import app.ponte.mission.MissionAmended;
import app.ponte.mission.MissionPlanned;
import app.ponte.opportunity.OpportunityEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * Tells, while the stream is read in global order, which programs' dashboards an event can change: a program's own
 * stream, the streams of the missions planned in it (learned from their planning and amendments), its opportunities
 * and follow-ups (which name their program). Organizations, whose names, countries and types every program's
 * counterparts are shown with, and anything it does not know concern every program. Only the events that decide
 * are deserialized; the rest are told apart by aggregate type and identifier.
 */
public final class StreamsByProgram {

    private static final String ANY = "*";
    /** Answer for an event that can concern any program. */
    public static final Set<String> EVERY_PROGRAM = Set.of(ANY);

    // Each mission's program, as its planning or latest amendment named it.
    private final Map<String, String> missions;

    public StreamsByProgram() {
        this(Map.of());
    }

    StreamsByProgram(Map<String, String> missions) {
        this.missions = new HashMap<>(missions);
    }

    /** The ids of the programs {@code event} concerns, or {@link #EVERY_PROGRAM}. */
    public Set<String> programsOf(EventMessage<?> event) {
        if (!(event instanceof DomainEventMessage<?> domain) || domain.getType() == null) {
            return EVERY_PROGRAM;
        }
        String aggregate = domain.getAggregateIdentifier();
        return switch (domain.getType()) {
            case "Program" -> Set.of(aggregate);
            case "Mission" -> missionEvent(domain, aggregate);
            case "Opportunity", "FollowUp" -> programNamedBy(domain.getPayload());
            default -> EVERY_PROGRAM;
        };
    }

    /** Whether {@code event} can change {@code program}'s dashboard. */
    public boolean concerns(EventMessage<?> event, String program) {
        var programs = programsOf(event);
        return programs.contains(ANY) || programs.contains(program);
    }

    Map<String, String> missions() {
        return Map.copyOf(missions);
    }

    private Set<String> missionEvent(DomainEventMessage<?> event, String mission) {
        Class<?> type = event.getPayloadType();
        if (type == MissionPlanned.class || type == MissionAmended.class) {
            String named = event.getPayload() instanceof MissionPlanned planned ? planned.programId().toString()
                    : ((MissionAmended) event.getPayload()).programId().toString();
            String before = missions.put(mission, named);
            // A mission moved to another program: the program it left still hears of the move.
            return before == null || before.equals(named) ? Set.of(named) : Set.of(named, before);
        }
        String program = missions.get(mission);
        return program == null ? Set.of() : Set.of(program);
    }

    private static Set<String> programNamedBy(Object payload) {
        if (payload instanceof OpportunityEvent opportunity) {
            return Set.of(opportunity.programId().toString());
        }
        if (payload instanceof FollowUpEvent followUp) {
            return Set.of(followUp.programId().toString());
        }
        return EVERY_PROGRAM;
    }
}
