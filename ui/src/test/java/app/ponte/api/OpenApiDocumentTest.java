package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document says what the API does: see also OpenApiLintIT and OpenApiConformanceTest. */
class OpenApiDocumentTest {

    private static String text;
    private static JsonNode document;

    @BeforeAll
    static void fetch() throws Exception {
        var server = PonteServer.get();
        var served = new ApiClient(server.port, null).get("/api/v1/openapi.json");
        assertThat(served.statusCode()).isEqualTo(200);
        text = served.body();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "openapi"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi", "served.json"), text);
        document = new ObjectMapper().readTree(text);
    }

    private static JsonNode schema(String name) {
        return document.path("components").path("schemas").path(name);
    }

    @Test
    void idsCodesAndTimesAreTheStringsTheApiExchanges() {
        var schedule = schema("ScheduleEngagement").path("properties");
        assertThat(schedule.path("missionId").path("type").asText()).isEqualTo("string");
        assertThat(schedule.path("missionId").path("format").asText()).isEqualTo("uuid");
        assertThat(schedule.path("counterparts").path("items").path("format").asText()).isEqualTo("uuid");
        assertThat(schedule.path("start").path("type").asText()).isEqualTo("string");
        assertThat(schedule.path("start").has("format")).as("not RFC 3339 date-time, which needs an offset").isFalse();
        assertThat(schedule.path("start").path("pattern").asText()).isEqualTo(VenueTimes.PATTERN);
        var register = schema("RegisterOrganization").path("properties");
        assertThat(register.path("country").path("type").asText()).isEqualTo("string");
        assertThat(register.path("country").path("pattern").asText()).isEqualTo("^[A-Za-z]{2}$");
        assertThat(schema("PlanMission").path("properties").path("zone").path("type").asText()).isEqualTo("string");
        assertThat(schema("Money").path("properties").path("currency").path("pattern").asText())
                .isEqualTo("^[A-Za-z]{3}$");
        // No schema anywhere wraps a value in {"value": …}.
        var wrapped = new ArrayList<String>();
        document.path("components").path("schemas").fields().forEachRemaining(entry -> {
            var properties = entry.getValue().path("properties");
            if (properties.size() == 1 && properties.has("value")) {
                wrapped.add(entry.getKey());
            }
        });
        assertThat(wrapped).isEmpty();
        var agenda = schema("EngagementSummary").path("properties");
        assertThat(agenda.has("venueStart")).isTrue();
        assertThat(agenda.has("startsAt")).isTrue();
    }

    @Test
    void everyCommandListsItsRequiredFieldsAsItsConstructorDecides() {
        for (var command : ApiCommands.ALL) {
            assertThat(RequiredFields.of(command)).as(command.getSimpleName()).isNotNull();
            assertThat(schema(command.getSimpleName()).path("required").isArray()).as(command.getSimpleName())
                    .isTrue();
        }
        assertThat(names(schema("ScheduleEngagement").path("required")))
                .containsExactlyInAnyOrder("missionId", "engagementId", "kind", "title", "start", "end");
        assertThat(names(schema("RegisterOrganization").path("required")))
                .contains("organizationId", "name", "type", "country", "city").doesNotContain("website");
        assertThat(names(schema("Money").path("required"))).containsExactlyInAnyOrder("amount", "currency");
    }

    @Test
    void everyErrorIsAProblemAndEveryMediaTypeIsExact() {
        assertThat(text).doesNotContain("*/*");
        var missing = new ArrayList<String>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String name = op.getKey() + " " + path.getKey();
            var operation = op.getValue();
            if (operation.path("summary").asText().isBlank() || operation.path("description").asText().isBlank()
                    || operation.path("tags").isEmpty()) {
                missing.add(name + ": summary, description or tags");
            }
            operation.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4") && !response.getValue().path("content")
                        .path("application/problem+json").path("schema").path("$ref").asText()
                        .equals("#/components/schemas/Problem")) {
                    missing.add(name + " " + response.getKey() + ": problem schema");
                }
            });
            if (!operation.path("responses").fieldNames().hasNext()
                    || names(operation.path("responses")).stream().noneMatch(status -> status.startsWith("4"))) {
                missing.add(name + ": 4xx responses");
            }
        }));
        assertThat(missing).isEmpty();
    }

    @Test
    void pagingAndTimeParametersSayTheirLimitsAndForms() {
        var limit = parameter("/api/v1/missions", "limit");
        assertThat(limit.path("schema").path("maximum").asInt()).isEqualTo(200);
        assertThat(limit.path("schema").path("minimum").asInt()).isEqualTo(1);
        assertThat(parameter("/api/v1/missions", "offset").path("schema").path("minimum").asInt()).isZero();
        var from = parameter("/api/v1/audit.csv", "from").path("schema").path("anyOf");
        assertThat(from.findValuesAsText("format")).containsExactly("date", "date-time");
        assertThat(document.path("paths").path("/api/v1/audit.csv").path("get").path("responses").path("200")
                .path("content").has("text/csv")).isTrue();
    }

    @Test
    void everyExportAnswersCsvOrXlsxAndSaysItsFormats() {
        for (String list : List.of("programs", "missions", "missions/{missionId}/agenda",
                "missions/{missionId}/outcomes", "opportunities", "follow-ups", "organizations", "contacts", "audit")) {
            String path = "/api/v1/exports/" + list;
            var content = document.path("paths").path(path).path("get").path("responses").path("200").path("content");
            assertThat(names(content)).as(path).containsExactlyInAnyOrder("text/csv",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            assertThat(names(parameter(path, "format").path("schema").path("enum"))).containsExactly("csv", "xlsx");
            assertThat(names(parameter(path, "lang").path("schema").path("enum"))).containsExactly("en", "it");
        }
        assertThat(document.path("paths").path("/api/v1/exports/audit").path("get").path("responses").has("403"))
                .isTrue();
    }

    private static JsonNode parameter(String path, String name) {
        for (JsonNode parameter : document.path("paths").path(path).path("get").path("parameters")) {
            if (parameter.path("name").asText().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError(path + " has no parameter " + name);
    }

    private static List<String> names(JsonNode node) {
        var names = new ArrayList<String>();
        if (node.isArray()) {
            node.forEach(entry -> names.add(entry.asText()));
        } else {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }
}
