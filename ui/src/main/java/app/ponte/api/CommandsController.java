package app.ponte.api;

import app.ponte.security.UnknownRecord;
import app.ponte.security.SecurityActorProvider;
import app.ponte.shared.Actor;
import app.ponte.agenda.GetMissionAgenda;
import app.ponte.agenda.MissionAgenda;
import app.ponte.mission.MissionId;
import app.ponte.shared.InvalidField;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sends any command of {@link ApiCommands} and answers once it is recorded. The access checks and the actor stamp
 * happen in the command gateway's interceptors, as for the UI.
 */
@RestController
class CommandsController {

    private static final long TIMEOUT_SECONDS = 30;

    // How long an instant waits for a just-planned mission to reach the agenda, which gives its zone.
    private static final long ZONE_PATIENCE_MILLIS = 3_000;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ObjectMapper json;

    CommandsController(CommandGateway commands, QueryGateway queries, ObjectMapper json) {
        this.commands = commands;
        this.queries = queries;
        this.json = json;
    }

    /** What the API answers to an accepted command. */
    record Accepted(String command, String correlationId) {}

    // Any media type reaches this method, so that a wrong one is answered 415 here rather than falling through to
    // the catch-all of unknown API paths as a 404.
    @PostMapping(path = "/api/v1/commands/{name}")
    Accepted send(@PathVariable String name, @RequestBody(required = false) String body,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestHeader(name = SecurityActorProvider.CORRELATION_HEADER, required = false) String correlation)
            throws IOException {
        var type = ApiCommands.byPathName(name)
                .orElseThrow(() -> new UnknownRecord("There is no command " + name + "; see the OpenAPI document"));
        requireJson(contentType);
        JsonNode tree = body == null || body.isBlank() ? null : json.readTree(body);
        if (tree == null || !tree.isObject()) {
            throw new MalformedBody("The body must be a JSON object with the fields of " + type.getSimpleName()
                    + (tree == null ? "; it is empty" : "; it is " + kind(tree)));
        }
        var zone = new ZoneId[1];
        Supplier<ZoneId> venueZone = () -> zone[0] != null ? zone[0] : (zone[0] = zoneOfMission(tree.get("missionId")));
        Object command = json.readerFor(type)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .withAttribute(VenueTimes.ZONE, venueZone)
                .readValue(tree);
        String correlationId = SecurityActorProvider.sane(correlation).orElse(UUID.randomUUID().toString());
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(Actor.CORRELATION_ID, correlationId)), TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return new Accepted(type.getSimpleName(), correlationId);
    }

    private static void requireJson(String contentType) {
        MediaType sent;
        try {
            sent = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (org.springframework.http.InvalidMediaTypeException unreadable) {
            sent = null;
        }
        if (sent == null || !MediaType.APPLICATION_JSON.equalsTypeAndSubtype(sent)) {
            throw new UnsupportedMediaType("A command is sent as application/json" + (contentType == null
                    ? "; the request names no Content-Type" : ", not " + contentType.strip()));
        }
    }

    private static String kind(JsonNode node) {
        return node.isArray() ? "an array" : node.isTextual() ? "a string" : node.isNumber() ? "a number"
                : node.isBoolean() ? "a boolean" : "null";
    }

    /**
     * The zone an instant in the command is turned into venue time with: the mission's, as its agenda holds it. Its
     * zone is fixed once it has engagements, so the agenda's copy is the mission's. A mission planned a moment ago
     * may not have reached the agenda yet, so it is waited for briefly before the mission is called unknown.
     */
    private ZoneId zoneOfMission(JsonNode id) {
        MissionId missionId;
        try {
            missionId = new MissionId(UUID.fromString(id == null ? "" : id.asText()));
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidField("missionId", "must be the mission's id (a UUID): an instant is turned into the "
                    + "mission's venue time");
        }
        long deadline = System.currentTimeMillis() + ZONE_PATIENCE_MILLIS;
        while (true) {
            var agenda = Visibility.orNotFound("mission " + missionId,
                    () -> Answers.one(queries, new GetMissionAgenda(missionId), MissionAgenda.class));
            if (agenda.mission() != null) {
                return agenda.mission().zone();
            }
            if (System.currentTimeMillis() > deadline) {
                throw Visibility.notFound("mission " + missionId);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw Visibility.notFound("mission " + missionId);
            }
        }
    }
}
