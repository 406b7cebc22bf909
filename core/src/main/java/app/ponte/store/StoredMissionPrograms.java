package app.ponte.store;

import static com.mongodb.client.model.Filters.in;

import app.ponte.mission.MissionPlanned;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * Reads a mission's program from its first stored event, {@code MissionPlanned} (sequence 0 of the mission: the
 * aggregate is created by planning it), through the indexed aggregate key. A mission never changes program, so
 * the answers are kept, up to a bound.
 */
final class StoredMissionPrograms implements MissionPrograms {

    private static final int KEPT = 10_000;
    private static final String PLANNED = StoredTypes.nameOf(MissionPlanned.class);

    private final MongoCollection<Document> events;
    private final ObjectMapper json = PonteSerializer.objectMapper();
    private final Map<String, JsonNode> known = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, JsonNode> eldest) {
            return size() > KEPT;
        }
    });

    StoredMissionPrograms(MongoDatabase database) {
        this.events = database.getCollection(MongoEventStorageEngine.EVENTS);
    }

    @Override
    public Optional<JsonNode> programOf(String missionId) {
        JsonNode program = known.get(missionId);
        if (program == null) {
            program = read(missionId);
            if (program != null) {
                known.put(missionId, program);
            }
        }
        return Optional.ofNullable(program);
    }

    private JsonNode read(String missionId) {
        for (Document commit : events.find(in("keys", List.of(missionId + "/0")))) {
            for (Document event : commit.getList("events", Document.class, List.of())) {
                if (missionId.equals(event.getString("aggregate"))
                        && event.get("seq", Number.class).longValue() == 0
                        && PLANNED.equals(event.getString("payloadType"))) {
                    try {
                        JsonNode program = json.readTree(event.getString("payload")).get("programId");
                        return program == null || program.isNull() ? null : program;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return null;
    }
}
