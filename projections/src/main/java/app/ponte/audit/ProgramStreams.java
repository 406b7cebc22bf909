package app.ponte.audit;

import app.ponte.mission.MissionAmended;
import app.ponte.mission.MissionPlanned;
import app.ponte.program.ProgramId;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * The events a view of one program can depend on, told apart while the stream is replayed in order: the program's
 * own stream, the streams of the missions planned in it (learned from their planning and amendments), its
 * opportunities and follow-ups (which name their program), and every organization, whose names, countries and types
 * any program's counterparts are shown with. Everything else belongs to other programs and is skipped; only the
 * events that decide are deserialized.
 */
final class ProgramStreams implements Predicate<EventMessage<?>> {

    private final String program;
    private final Set<String> missions = new HashSet<>();

    ProgramStreams(ProgramId program) {
        this.program = program.toString();
    }

    @Override
    public boolean test(EventMessage<?> event) {
        if (!(event instanceof DomainEventMessage<?> domain) || domain.getType() == null) {
            return true;
        }
        String aggregate = domain.getAggregateIdentifier();
        return switch (domain.getType()) {
            case "Program" -> program.equals(aggregate);
            case "Organization", "Contact" -> true;
            case "Mission" -> missionEvent(domain, aggregate);
            case "Opportunity", "FollowUp" -> program.equals(String.valueOf(Payloads.fields(domain.getPayload())
                    .get("programId")));
            default -> true;
        };
    }

    private boolean missionEvent(DomainEventMessage<?> event, String mission) {
        Class<?> type = event.getPayloadType();
        if (type == MissionPlanned.class || type == MissionAmended.class) {
            Object named = Payloads.fields(event.getPayload()).get("programId");
            if (program.equals(String.valueOf(named))) {
                missions.add(mission);
                return true;
            }
            // A mission moved to another program: this program's view still hears of the move.
            return missions.remove(mission);
        }
        return missions.contains(mission);
    }
}
