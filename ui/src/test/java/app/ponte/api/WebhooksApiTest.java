package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.security.Role;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The webhook API on the shared server, which keeps the default: private addresses refused. */
class WebhooksApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PonteServer server = PonteServer.get();
    private final ApiClient admin = new ApiClient(server.port, World.TOKENS_IN_FIRST.get(Role.ADMINISTRATOR));

    private static String endpoint(String url, String types) {
        return "{\"name\": \"portal\", \"url\": \"" + url + "\", \"eventTypes\": " + types + "}";
    }

    @Test
    void aUrlThatIsNotHttpOrPointsAtAPrivateAddressIsRefusedNamingTheField() throws Exception {
        long before = server.events();
        for (var url : List.of("ftp://portal.example.org/hook", "file:///etc/passwd", "http://127.0.0.1:9/hook",
                "http://localhost:8080/hook", "http://10.0.0.7/hook", "http://192.168.1.1/",
                "http://169.254.169.254/latest/meta-data/", "http://[::1]:9/", "http://[fd00::5]/")) {
            var answer = admin.post("/api/v1/webhooks", endpoint(url, "[\"ProgramLaunched\"]"));
            assertThat(answer.statusCode()).as(url + " " + answer.body()).isEqualTo(422);
            var problem = JSON.readTree(answer.body());
            assertThat(problem.get("field").asText()).as(url).isEqualTo("url");
            assertThat(problem.get("rule").asText()).as(url).containsAnyOf("http or https", "must not point at");
        }
        assertThat(server.events()).as("nothing recorded").isEqualTo(before);
    }

    @Test
    void unknownEventTypesAndAnEmptyListAreRefusedByName() throws Exception {
        for (var types : List.of("[\"NoSuchEvent\"]", "[]", "[\"WebhookEndpointRegistered\"]")) {
            var answer = admin.post("/api/v1/webhooks", endpoint("https://portal.example.org/hook", types));
            assertThat(answer.statusCode()).as(types + " " + answer.body()).isEqualTo(422);
            assertThat(JSON.readTree(answer.body()).get("field").asText()).isEqualTo("eventTypes");
        }
        assertThat(admin.get("/api/v1/webhooks/event-types").body()).contains("EngagementScheduled")
                .doesNotContain("WebhookEndpointRegistered");
    }

    @Test
    void onlyAdministratorsManageWebhooks() {
        for (var role : List.of(Role.PROGRAM_OFFICER, Role.CLUSTER_MANAGER, Role.VIEWER)) {
            var other = new ApiClient(server.port, World.TOKENS_IN_FIRST.get(role));
            assertThat(other.get("/api/v1/webhooks").statusCode()).as(role.name()).isEqualTo(403);
            assertThat(other.post("/api/v1/webhooks", endpoint("https://portal.example.org/", "[\"ProgramLaunched\"]"))
                    .statusCode()).as(role.name()).isEqualTo(403);
        }
        assertThat(admin.get("/api/v1/webhooks/00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(404);
        assertThat(admin.get("/api/v1/webhooks/not-an-id/deliveries").statusCode()).isEqualTo(404);
    }
}
