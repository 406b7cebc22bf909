package app.ponte.api;

import app.ponte.security.UnknownRecord;
import app.ponte.security.SecurityActorProvider;
import app.ponte.shared.Actor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
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

    private final CommandGateway commands;
    private final ObjectMapper json;

    CommandsController(CommandGateway commands, ObjectMapper json) {
        this.commands = commands;
        this.json = json;
    }

    /** What the API answers to an accepted command. */
    record Accepted(String command, String correlationId) {}

    @PostMapping(path = "/api/v1/commands/{name}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Accepted send(@PathVariable String name, @RequestBody String body,
            @RequestHeader(name = SecurityActorProvider.CORRELATION_HEADER, required = false) String correlation)
            throws IOException {
        var type = ApiCommands.byPathName(name)
                .orElseThrow(() -> new UnknownRecord("There is no command " + name + "; see the OpenAPI document"));
        Object command = json.readerFor(type)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .readValue(body);
        if (command == null) {
            throw new MalformedBody("The body must be a JSON object with the fields of " + type.getSimpleName());
        }
        String correlationId = SecurityActorProvider.sane(correlation).orElse(UUID.randomUUID().toString());
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(Actor.CORRELATION_ID, correlationId)), TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return new Accepted(type.getSimpleName(), correlationId);
    }
}
