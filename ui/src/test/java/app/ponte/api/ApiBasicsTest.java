package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tokens, the OpenAPI document and the shape of errors. */
class ApiBasicsTest {

    private static PonteServer server;

    @BeforeAll
    static void start() {
        server = PonteServer.get();
    }

    private static ApiClient as(Role role) {
        return new ApiClient(server.port, World.TOKENS_IN_FIRST.get(role));
    }

    @Test
    void aTokenActsAsItsUserInItsRoleAndPrograms() {
        var me = as(Role.PROGRAM_OFFICER).get("/api/v1/me");

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"user-program_officer\"", "\"role\":\"PROGRAM_OFFICER\"",
                World.first.program().toString());
    }

    @Test
    void withoutATokenTheApiAnswers401AsAProblem() {
        var anonymous = new ApiClient(server.port, null).get("/api/v1/missions");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(anonymous.body()).contains("\"status\":401");
    }

    @Test
    void anUnknownOrRevokedTokenIsRefused() {
        assertThat(new ApiClient(server.port, "ponte_not-a-token").get("/api/v1/me").statusCode()).isEqualTo(401);

        // Issued and revoked by an officer's token: a viewer's token manages no tokens.
        var issued = as(Role.PROGRAM_OFFICER).post("/api/v1/tokens", "{\"label\":\"cron\",\"role\":\"VIEWER\"}");
        assertThat(issued.statusCode()).isEqualTo(201);
        String secret = issued.body().replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");
        String id = issued.body().replaceAll(".*\"tokenId\":\"([^\"]+)\".*", "$1");
        var fresh = new ApiClient(server.port, secret);
        assertThat(fresh.get("/api/v1/me").statusCode()).isEqualTo(200);

        assertThat(fresh.delete("/api/v1/tokens/" + id).statusCode()).isEqualTo(403);
        assertThat(as(Role.PROGRAM_OFFICER).delete("/api/v1/tokens/" + id).statusCode()).isEqualTo(204);

        assertThat(fresh.get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenCannotIssueAWiderOne() {
        var wider = as(Role.VIEWER).post("/api/v1/tokens", "{\"label\":\"more\",\"role\":\"ADMINISTRATOR\"}");

        assertThat(wider.statusCode()).isEqualTo(403);
    }

    @Test
    void theOpenApiDocumentIsServedWithoutAToken() {
        var document = new ApiClient(server.port, null).get("/api/v1/openapi.json");

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("\"openapi\"", "/api/v1/missions", "/api/v1/commands/schedule-engagement",
                "\"bearer\"");
        assertThat(document.body()).contains("/api/v1/programs", "/api/v1/programs/{programId}",
                "/api/v1/programs/{programId}/dashboard", "/api/v1/missions/{missionId}",
                "/api/v1/missions/{missionId}/outcomes", "/api/v1/opportunities", "/api/v1/follow-ups",
                "/api/v1/organizations", "/api/v1/organizations/{organizationId}", "/api/v1/contacts",
                "/api/v1/contacts/{contactId}", "/api/v1/history/{recordType}/{recordId}", "/api/v1/audit.csv");
    }

    @Test
    void badQueryParametersAre400NamingTheParameterAndTheRule() {
        var client = as(Role.CLUSTER_MANAGER);

        assertThat(client.get("/api/v1/programs?limit=0").body())
                .contains("\"parameter\":\"limit\"", "\"rule\":\"must be between 1 and 200\"");
        assertThat(client.get("/api/v1/missions?offset=-1").body())
                .contains("\"parameter\":\"offset\"", "must not be negative");
        assertThat(client.get("/api/v1/follow-ups?limit=ten").body())
                .contains("\"parameter\":\"limit\"", "must be a whole number");
        assertThat(client.get("/api/v1/follow-ups?program=nope").body())
                .contains("\"parameter\":\"program\"", "must be an id");
        assertThat(client.get("/api/v1/organizations?type=PLANET").body())
                .contains("\"parameter\":\"type\"", "must be one of", "UNIVERSITY");
        assertThat(client.get("/api/v1/organizations?country=Italy").body())
                .contains("\"parameter\":\"country\"", "two-letter");
        assertThat(client.get("/api/v1/audit.csv?from=yesterday").body())
                .contains("\"parameter\":\"from\"");
        assertThat(client.get("/api/v1/audit.csv?from=2017-05-17&to=2017-05-16").body())
                .contains("\"parameter\":\"to\"", "must be after from");
        assertThat(client.get("/api/v1/history/planet/" + World.first.mission()).body())
                .contains("\"parameter\":\"recordType\"", "follow-up");
        var bad = client.get("/api/v1/programs?limit=201");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/problem+json");
    }

    @Test
    void listingsArePagedAndSayWhetherMoreFollow() {
        var administrator = as(Role.ADMINISTRATOR);

        var first = administrator.get("/api/v1/programs?limit=1").body();
        assertThat(first).contains("\"offset\":0", "\"limit\":1", "\"more\":true");
        // Other tests launch programs too: walk every page, one program at a time, until none follows.
        var all = new StringBuilder();
        String page = first;
        for (int offset = 1; page.contains("\"more\":true") && offset < 1_000; offset++) {
            all.append(page);
            page = administrator.get("/api/v1/programs?limit=1&offset=" + offset).body();
            assertThat(page).contains("\"offset\":" + offset);
        }
        all.append(page);
        assertThat(page).contains("\"more\":false");
        assertThat(all).contains(World.first.program().toString(), World.second.program().toString());
    }

    @Test
    void badInputNamesTheFieldAndTheRule() {
        var blank = as(Role.PROGRAM_OFFICER).post("/api/v1/commands/schedule-engagement",
                "{\"missionId\":\"" + World.first.mission() + "\",\"engagementId\":\"" + java.util.UUID.randomUUID()
                        + "\",\"kind\":\"MEETING\",\"title\":\"  \",\"start\":\"2017-05-16T11:00:00\","
                        + "\"end\":\"2017-05-16T12:00:00\"}");

        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(blank.body()).contains("\"field\":\"title\"", "\"rule\":\"must not be blank\"");
    }

    @Test
    void aDomainRejectionIs409WithTheDomainsMessage() {
        var outside = as(Role.PROGRAM_OFFICER).post("/api/v1/commands/schedule-engagement",
                "{\"missionId\":\"" + World.first.mission() + "\",\"engagementId\":\"" + java.util.UUID.randomUUID()
                        + "\",\"kind\":\"MEETING\",\"title\":\"Too late\",\"start\":\"2017-06-16T11:00:00\","
                        + "\"end\":\"2017-06-16T12:00:00\"}");

        assertThat(outside.statusCode()).isEqualTo(409);
        assertThat(outside.body()).contains("\"detail\"").doesNotContain("at app.ponte", "Exception");
    }

    @Test
    void unknownIdsAre404() {
        var unknown = as(Role.ADMINISTRATOR).post("/api/v1/commands/confirm-mission",
                "{\"missionId\":\"" + java.util.UUID.randomUUID() + "\"}");
        var unknownCommand = as(Role.ADMINISTRATOR).post("/api/v1/commands/launch-rocket", "{}");
        var unknownPath = as(Role.ADMINISTRATOR).get("/api/v1/rockets");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknownCommand.statusCode()).isEqualTo(404);
        assertThat(unknownPath.statusCode()).isEqualTo(404);
    }
}
