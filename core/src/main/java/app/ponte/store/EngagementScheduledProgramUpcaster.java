package app.ponte.store;

import app.ponte.mission.EngagementScheduled;
import app.ponte.mission.MissionPlanned;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.ContextAwareSingleEventUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Brings an {@code EngagementScheduled} stored before revision 2 (no revision, no {@code programId}) to revision
 * 2, with the program its mission was planned in.
 *
 * <p>The program is not in the old event, so no single-event upcaster can give it. It is context-aware instead:
 * while a stream is read, every {@code MissionPlanned} it passes is remembered, which serves a mission's own stream
 * (it always starts with {@code MissionPlanned}) without a look-up. A tracked stream may start past the mission's
 * planning (a processor resuming from its token, a replay from a checkpoint), so a mission the stream has not shown
 * is looked up in the store ({@link MissionPrograms}). An old event whose mission was never planned cannot be
 * given a program, and stops the reading with an error naming it rather than passing on an event without one.
 */
final class EngagementScheduledProgramUpcaster extends ContextAwareSingleEventUpcaster<Map<String, JsonNode>> {

    static final String SCHEDULED = StoredTypes.nameOf(EngagementScheduled.class);
    private static final String PLANNED = StoredTypes.nameOf(MissionPlanned.class);
    private static final SerializedType UNREVISIONED = new SimpleSerializedType(SCHEDULED, null);
    private static final SerializedType REVISION_2 = new SimpleSerializedType(SCHEDULED, "2");
    private static final int REMEMBERED = 10_000;

    private final MissionPrograms store;

    EngagementScheduledProgramUpcaster(MissionPrograms store) {
        this.store = store;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event, Map<String, JsonNode> programs) {
        return UNREVISIONED.equals(event.getType()) || PLANNED.equals(event.getType().getName());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event,
            Map<String, JsonNode> programs) {
        if (PLANNED.equals(event.getType().getName())) {
            JsonNode planned = event.getData(JsonNode.class).getData();
            JsonNode program = planned.get("programId");
            if (program != null && !program.isNull()) {
                programs.put(missionOf(planned), program);
            }
            return event;
        }
        return event.upcastPayload(REVISION_2, JsonNode.class, old -> withProgram(old, programs));
    }

    @Override
    protected Map<String, JsonNode> buildContext() {
        return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, JsonNode> eldest) {
                return size() > REMEMBERED;
            }
        });
    }

    private JsonNode withProgram(JsonNode old, Map<String, JsonNode> programs) {
        String mission = missionOf(old);
        JsonNode remembered = programs.get(mission);
        JsonNode program = remembered != null ? remembered : store.programOf(mission).orElseThrow(
                () -> new EventStoreException("An EngagementScheduled stored before revision 2 belongs to mission "
                        + mission + ", whose MissionPlanned is not in the store: its program cannot be known"));
        // Revision 2 lists programId right after missionId, as the record declares it.
        ObjectNode upcast = ((ObjectNode) old).objectNode();
        old.fields().forEachRemaining(field -> {
            upcast.set(field.getKey(), field.getValue());
            if ("missionId".equals(field.getKey())) {
                upcast.set("programId", program);
            }
        });
        return upcast;
    }

    private static String missionOf(JsonNode event) {
        return event.path("missionId").path("value").asText();
    }
}
