package app.ponte.store;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** The program a mission was planned in, as its stored {@code MissionPlanned} holds it ({@code {"value": id}}). */
@FunctionalInterface
interface MissionPrograms {

    Optional<JsonNode> programOf(String missionId);
}
