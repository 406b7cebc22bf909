package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationType;
import app.ponte.organization.RegisterOrganization;
import app.ponte.security.Role;
import app.ponte.shared.CountryCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests written from the served OpenAPI document alone, as a client generated from it would write them: every
 * command's body is built from its schema (types, formats, patterns, enums, examples, required lists), once with
 * the required fields only and once with every field, and sent. The document must not call valid what the API
 * refuses as malformed, nor leave out a rule the API then enforces: each command is accepted in at least one of
 * the two forms. And each field the document calls required is refused, by name, when it is left out.
 *
 * <p>Only the ids come from outside the document: they must name records of this test's own program, which is
 * what no schema can say.
 */
class OpenApiConformanceTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String COMMANDS = "/api/v1/commands/";

    private static JsonNode document;
    private static ApiClient admin;
    private static World.Program target;
    /** A diplomatic post, the only kind of organization that can support a mission. */
    private static String post;

    /** Ids made by the commands that create records, for the commands after them. */
    private final Map<String, String> created = new HashMap<>();
    /** The first of each kind created: the agenda's first engagement stays unheld, to be cancelled. */
    private final Map<String, String> firstCreated = new HashMap<>();
    /** Ids of the command being sent, kept once it is accepted. */
    private final Map<String, String> creating = new HashMap<>();

    @BeforeAll
    static void start() throws Exception {
        var server = PonteServer.get();
        document = new ObjectMapper().readTree(new ApiClient(server.port, null).get("/api/v1/openapi.json").body());
        admin = new ApiClient(server.port, World.TOKENS_IN_FIRST.get(Role.ADMINISTRATOR));
        // A program of its own: the commands below cancel, close, archive and erase what they are aimed at.
        var commands = server.bean(CommandGateway.class);
        target = World.program(commands, "Conformance");
        var consulate = OrganizationId.random();
        commands.sendAndWait(new RegisterOrganization(consulate, "Consulate General of Italy in Shanghai", null,
                OrganizationType.DIPLOMATIC_POST, new CountryCode("CN"), "Shanghai", null));
        post = consulate.toString();
    }

    @Test
    void everyCommandTheDocumentDescribesIsAcceptedAsTheDocumentDescribesIt() {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        List<String> notAccepted = new ArrayList<>();
        for (String name : commandsInWorkingOrder()) {
            JsonNode schema = bodySchema(name);
            List<String> statuses = new ArrayList<>();
            boolean accepted = false;
            for (boolean everyField : new boolean[] {false, true}) {
                ObjectNode body = object(name, schema, everyField);
                var answer = admin.post(COMMANDS + name, body.toString());
                if (answer.statusCode() == 200) {
                    created.putAll(creating);
                    creating.forEach(firstCreated::putIfAbsent);
                }
                creating.clear();
                statuses.add(answer.statusCode() + (answer.statusCode() == 200 ? "" : " " + answer.body()));
                assertThat(answer.statusCode())
                        .as("%s %s: the document calls this body valid, the API answered %s",
                                name, body, answer.body())
                        .isNotIn(400, 401, 403, 415)
                        .isLessThan(500);
                accepted |= answer.statusCode() == 200;
            }
            answers.put(name, statuses);
            if (!accepted) {
                notAccepted.add(name + " " + statuses);
            }
        }
        assertThat(answers).hasSize(commandPaths().size());
        assertThat(notAccepted).as("commands refused in both forms the document allows").isEmpty();
    }

    @Test
    void everyFieldTheDocumentRequiresIsRefusedByNameWhenLeftOut() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String name : commandPaths()) {
            JsonNode schema = bodySchema(name);
            ObjectNode full = object(name, schema, true);
            for (JsonNode required : schema.path("required")) {
                ObjectNode without = full.deepCopy();
                without.remove(required.asText());
                var answer = admin.post(COMMANDS + name, without.toString());
                JsonNode problem = new ObjectMapper().readTree(answer.body());
                checked++;
                if ((answer.statusCode() != 400 && answer.statusCode() != 422)
                        || !problem.path("field").asText().equals(required.asText())) {
                    wrong.add(name + " without " + required.asText() + ": " + answer.statusCode() + " "
                            + answer.body());
                }
            }
        }
        assertThat(checked).as("required fields checked").isGreaterThan(commandPaths().size());
        assertThat(wrong).isEmpty();
    }

    /**
     * Type confusion, for every field of every command: each JSON type the document does not give the field (and
     * null for a required one) is refused with 400 or 422 naming that field, and nothing is written.
     */
    @Test
    void everyFieldRefusesEveryJsonTypeTheDocumentDoesNotGiveIt() throws Exception {
        var server = PonteServer.get();
        // Every body below carries this correlation id, so that no event of theirs can hide among other tests'.
        String marker = "type-confusion-" + UUID.randomUUID();
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (String name : commandPaths()) {
            JsonNode schema = bodySchema(name);
            ObjectNode full = object(name, schema, true);
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(field -> required.add(field.asText()));
            for (String field : iterable(full.fieldNames())) {
                String type = resolve(schema.path("properties").path(field)).path("type").asText("object");
                List<JsonNode> others = new ArrayList<>(otherTypes(type));
                if (required.contains(field)) {
                    others.add(NODES.nullNode());
                }
                for (JsonNode other : others) {
                    ObjectNode body = full.deepCopy();
                    body.set(field, other);
                    var answer = admin.send(admin.request(COMMANDS + name)
                            .header("Content-Type", "application/json")
                            .header(app.ponte.security.SecurityActorProvider.CORRELATION_HEADER, marker)
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString())));
                    sent++;
                    String named = answer.statusCode() == 400 || answer.statusCode() == 422
                            ? new ObjectMapper().readTree(answer.body()).path("field").asText() : "";
                    if (!(named.equals(field) || named.startsWith(field + ".") || named.startsWith(field + "["))) {
                        wrong.add(name + " with " + field + "=" + other + ": " + answer.statusCode() + " "
                                + answer.body());
                    }
                }
            }
        }
        System.out.printf("Type confusion: %d bodies over %d commands, %d not refused by name%n", sent,
                commandPaths().size(), wrong.size());
        assertThat(sent).as("requests sent").isGreaterThan(4 * commandPaths().size());
        assertThat(wrong).isEmpty();
        // One body that is valid, under the same id: its event must be found, or the search below proves nothing.
        var valid = admin.send(admin.request(COMMANDS + "register-organization")
                .header("Content-Type", "application/json")
                .header(app.ponte.security.SecurityActorProvider.CORRELATION_HEADER, marker)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        object("register-organization", bodySchema("register-organization"), true).toString())));
        assertThat(valid.statusCode()).as(valid.body()).isEqualTo(200);
        List<String> stored = new ArrayList<>();
        server.bean(com.mongodb.client.MongoDatabase.class).getCollection("events").find()
                .forEach(document -> {
                    if (document.toJson().contains(marker)) {
                        stored.add(document.toJson());
                    }
                });
        assertThat(stored).as("events under the refused bodies' correlation id: only the valid one's").hasSize(1)
                .allMatch(event -> event.contains("OrganizationRegistered"));
    }

    /** One value of each JSON type other than the documented one; a string's stand-ins are not strings. */
    private static List<JsonNode> otherTypes(String type) {
        List<JsonNode> all = List.of(NODES.textNode("confused"), NODES.numberNode(42), NODES.booleanNode(true),
                NODES.arrayNode().add("confused"), NODES.objectNode().put("confused", 1));
        return all.stream().filter(value -> !switch (type) {
            case "string" -> value.isTextual();
            case "integer", "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            default -> value.isObject();
        }).toList();
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        List<T> list = new ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }

    private static List<String> commandPaths() {
        List<String> names = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(path -> {
            if (path.startsWith(COMMANDS)) {
                names.add(path.substring(COMMANDS.length()));
            }
        });
        return names;
    }

    /** The document's order, with the commands that end a record moved after those that still need it. */
    private static List<String> commandsInWorkingOrder() {
        List<String> last = List.of("erase-contact", "retract-outcome", "cancel-engagement", "complete-mission",
                "cancel-mission", "merge-organization");
        List<String> names = new ArrayList<>(commandPaths());
        names.removeAll(last);
        last.stream().filter(commandPaths()::contains).forEach(names::add);
        // An agreement is attached while the opportunity stands advanced, before it is dropped and reopened.
        if (names.remove("attach-agreement-document")) {
            names.add(names.indexOf("advance-opportunity") + 1, "attach-agreement-document");
        }
        return names;
    }

    private static JsonNode bodySchema(String name) {
        JsonNode body = document.path("paths").path(COMMANDS + name).path("post").path("requestBody")
                .path("content").path("application/json").path("schema");
        assertThat(body.isMissingNode()).as("%s has a JSON body schema", name).isFalse();
        return resolve(body);
    }

    private static JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText(null);
        if (ref == null) {
            return schema;
        }
        assertThat(ref).startsWith("#/components/schemas/");
        JsonNode target = document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        assertThat(target.isMissingNode()).as("%s is defined", ref).isFalse();
        return resolve(target);
    }

    private ObjectNode object(String command, JsonNode schema, boolean everyField) {
        ObjectNode body = NODES.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(field -> required.add(field.asText()));
        // "Exactly one of": the first alternative's fields, none of the others'.
        List<String> excluded = new ArrayList<>();
        var alternatives = schema.path("oneOf");
        for (int i = 0; i < alternatives.size(); i++) {
            for (JsonNode field : alternatives.get(i).path("required")) {
                (i == 0 ? required : excluded).add(field.asText());
            }
        }
        schema.path("properties").fields().forEachRemaining(property -> {
            if (!excluded.contains(property.getKey())
                    && (everyField || required.contains(property.getKey()))) {
                body.set(property.getKey(), value(command, property.getKey(), resolve(property.getValue()),
                        everyField));
            }
        });
        return body;
    }

    private JsonNode value(String command, String field, JsonNode schema, boolean everyField) {
        if (schema.has("enum")) {
            // Both ends of each list: the last is the one a command that moves a record forward can take.
            var values = schema.path("enum");
            return values.get(everyField ? values.size() - 1 : 0);
        }
        String type = schema.path("type").asText("object");
        return switch (type) {
            case "object" -> object(command, schema, everyField);
            case "array" -> {
                ArrayNode items = NODES.arrayNode();
                items.add(value(command, field, resolve(schema.path("items")), everyField));
                yield items;
            }
            case "integer", "number" -> NODES.numberNode(Math.max(1, schema.path("minimum").asInt(1)));
            case "boolean" -> NODES.booleanNode(false);
            case "string" -> NODES.textNode(text(command, field, schema));
            default -> throw new AssertionError(command + "." + field + ": no value for type " + type);
        };
    }

    private String text(String command, String field, JsonNode schema) {
        String format = schema.path("format").asText("");
        String pattern = schema.path("pattern").asText(null);
        String value;
        if (format.equals("uuid")) {
            value = id(command, field);
        } else if (format.equals("date")) {
            value = field.startsWith("end") || field.equals("to") || field.equals("due")
                    ? World.DAY.plusDays(1).toString() : World.DAY.toString();
        } else if (format.equals("email")) {
            value = "someone@example.org";
        } else if (format.equals("uri")) {
            value = "https://example.org/" + field;
        } else if (schema.has("example")) {
            value = schema.path("example").asText();
            if (field.equals("end")) {
                // The start's example, an hour later: an end before its start is a rule, not a form.
                value = value.replace("T09:", "T10:");
            }
        } else if (pattern != null) {
            throw new AssertionError(command + "." + field + ": the document gives a pattern (" + pattern
                    + ") and no example of it");
        } else {
            value = "Conformance " + field;
        }
        if (pattern != null) {
            assertThat(Pattern.compile(pattern).matcher(value).find())
                    .as("%s.%s: %s matches the document's pattern %s", command, field, value, pattern).isTrue();
        }
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        return value.length() > max ? value.substring(0, max) : value;
    }

    /**
     * An id for a field: a fresh one where the command creates the record, else the record this test's program
     * holds or the last one created.
     */
    private String id(String command, String field) {
        String fresh = switch (command) {
            case "launch-program" -> "programId";
            case "register-organization" -> "organizationId";
            case "add-contact" -> "contactId";
            case "plan-mission" -> "missionId";
            case "schedule-engagement" -> "engagementId";
            case "log-outcome" -> "outcomeId";
            case "open-opportunity" -> "opportunityId";
            case "assign-follow-up" -> "followUpId";
            default -> "";
        };
        if (field.equals(fresh)) {
            String id = UUID.randomUUID().toString();
            creating.put(field, id);
            return id;
        }
        return switch (field) {
            case "programId" -> command.equals("close-program") ? target.closable().toString()
                    : target.program().toString();
            // A mission of its own to cancel: the program's mission is completed just before.
            case "missionId" -> command.equals("cancel-mission")
                    ? created.getOrDefault("missionId", target.mission().toString()) : target.mission().toString();
            // The agenda's own engagements, scheduled, moved and held by the commands before; the first one is
            // never held, so that it can be cancelled.
            case "engagementId" -> command.equals("cancel-engagement")
                    ? firstCreated.getOrDefault("engagementId", target.engagement().toString())
                    : created.getOrDefault("engagementId", target.engagement().toString());
            case "outcomeId" -> target.outcome().toString();
            case "opportunityId" -> target.opportunity().toString();
            case "followUpId" -> target.followUp().toString();
            case "contactId", "participants" -> created.getOrDefault("contactId", UUID.randomUUID().toString());
            case "organizationId" -> command.matches("(rename|correct|archive|reinstate)-organization(-details)?")
                    ? created.getOrDefault("organizationId", target.organization().toString())
                    : target.organization().toString();
            case "duplicateId" -> created.getOrDefault("organizationId", UUID.randomUUID().toString());
            case "postId" -> post;
            case "survivorId", "promoterId", "organizerId", "organizationsPresent", "counterparts" ->
                    target.organization().toString();
            default -> throw new AssertionError(command + "." + field + ": no record for this id");
        };
    }
}
