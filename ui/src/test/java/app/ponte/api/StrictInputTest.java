package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.mission.MissionId;
import app.ponte.mission.PlanMission;
import app.ponte.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.axonframework.commandhandling.gateway.CommandGateway;

/** Times in both documented forms and no other, JSON read without coercion, and the media type checked. */
class StrictInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static PonteServer server;
    /**
     * A mission of this class's own, in Shanghai's zone: the shared world's mission may have been cancelled by the
     * role matrix or the fuzzing earlier in the run, and a cancelled mission refuses every engagement.
     */
    private static final MissionId MISSION = MissionId.random();

    @BeforeAll
    static void start() {
        server = PonteServer.get();
        server.bean(CommandGateway.class).sendAndWait(new PlanMission(MISSION, World.first.program(),
                "Mission for the time formats", "Shanghai", "CN", ZoneId.of("Asia/Shanghai"), World.DAY,
                World.DAY.plusDays(1)));
    }

    private static ApiClient officer() {
        return new ApiClient(server.port, World.TOKENS_IN_FIRST.get(Role.PROGRAM_OFFICER));
    }

    private static String meeting(UUID engagement, String start, String end) {
        return "{\"missionId\":\"" + MISSION + "\",\"engagementId\":\"" + engagement
                + "\",\"kind\":\"MEETING\",\"title\":\"Times " + engagement + "\",\"start\":" + start + ",\"end\":"
                + end + "}";
    }

    /** The engagement on the mission's agenda, once the agenda has it. */
    private static JsonNode onTheAgenda(UUID engagement) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            var agenda = JSON.readTree(officer().get("/api/v1/missions/" + MISSION).body());
            for (JsonNode entry : agenda.path("engagements")) {
                if (entry.path("engagementId").asText().equals(engagement.toString())) {
                    return entry;
                }
            }
            assertThat(Instant.now()).as("the engagement reaches the agenda").isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private static JsonNode problem(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        return JSON.readTree(response.body());
    }

    @Test
    void anInstantWithZIsTurnedIntoTheVenuesTimeAndTheAgendaShowsBoth() throws Exception {
        var engagement = UUID.randomUUID();

        var sent = officer().post("/api/v1/commands/schedule-engagement",
                meeting(engagement, "\"2017-05-16T06:00:00Z\"", "\"2017-05-16T07:00:00Z\""));

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        var entry = onTheAgenda(engagement);
        // Shanghai is 8 hours ahead of UTC: the instant is kept, not read as 06:00 at the venue.
        assertThat(entry.path("startsAt").asText()).isEqualTo("2017-05-16T06:00:00Z");
        assertThat(entry.path("venueStart").asText()).isEqualTo("2017-05-16T14:00:00");
        assertThat(entry.path("venueEnd").asText()).isEqualTo("2017-05-16T15:00:00");
        assertThat(entry.path("zone").asText()).isEqualTo("Asia/Shanghai");
    }

    @Test
    void anInstantWithAnOffsetAndALocalTimeNameTheSameMoment() throws Exception {
        var withOffset = UUID.randomUUID();
        var local = UUID.randomUUID();

        var offsetSent = officer().post("/api/v1/commands/schedule-engagement",
                meeting(withOffset, "\"2017-05-17T11:00:00+08:00\"", "\"2017-05-17T04:00:00Z\""));
        var localSent = officer().post("/api/v1/commands/schedule-engagement",
                meeting(local, "\"2017-05-17T11:00:00\"", "\"2017-05-17T12:00\""));

        assertThat(offsetSent.statusCode()).as(offsetSent.body()).isEqualTo(200);
        assertThat(localSent.statusCode()).as(localSent.body()).isEqualTo(200);
        assertThat(onTheAgenda(withOffset).path("startsAt").asText()).isEqualTo("2017-05-17T03:00:00Z");
        assertThat(onTheAgenda(local).path("startsAt").asText()).isEqualTo("2017-05-17T03:00:00Z");
        assertThat(onTheAgenda(withOffset).path("venueEnd").asText()).isEqualTo("2017-05-17T12:00:00");
    }

    @Test
    void anyOtherFormOfTimeIsRefusedNamingTheFieldAndTheExpectedForms() throws Exception {
        for (String start : new String[] {"\"2017-05-16 09:30\"", "\"16/05/2017 09:30\"", "\"2017-05-16\"",
                "\"2017-02-30T09:30:00\"", "\"2017-05-16T09:30:00[Asia/Shanghai]\"", "1494898200", "true", "[]",
                "{}"}) {
            long before = server.events();

            var refused = officer().post("/api/v1/commands/schedule-engagement",
                    meeting(UUID.randomUUID(), start, "\"2017-05-16T10:30:00\""));

            assertThat(refused.statusCode()).as(start + " → " + refused.body()).isEqualTo(400);
            var problem = problem(refused);
            assertThat(problem.path("field").asText()).as(start).isEqualTo("start");
            assertThat(problem.path("detail").asText()).as(start).isEqualTo("start expected a local date-time like "
                    + "2017-05-16T09:30:00 or an instant with offset like 2017-05-16T01:30:00Z");
            assertThat(server.events()).isEqualTo(before);
        }
    }

    @Test
    void anInstantForAMissionTheCallerCannotSeeIsNotFound() throws Exception {
        var foreign = officer().post("/api/v1/commands/reschedule-engagement", "{\"missionId\":\""
                + World.second.mission() + "\",\"engagementId\":\"" + World.second.engagement()
                + "\",\"start\":\"2017-05-16T01:30:00Z\",\"end\":\"2017-05-16T02:30:00Z\"}");

        assertThat(foreign.statusCode()).as(foreign.body()).isIn(403, 404);
    }

    @Test
    void valuesAreNotCoercedBetweenStringsNumbersAndBooleans() throws Exception {
        long before = server.events();
        var numberForText = officer().post("/api/v1/commands/register-organization",
                "{\"organizationId\":\"" + UUID.randomUUID() + "\",\"name\":42,\"type\":\"CLUSTER\","
                        + "\"country\":\"IT\",\"city\":\"Torino\"}");
        var booleanForText = officer().post("/api/v1/commands/register-organization",
                "{\"organizationId\":\"" + UUID.randomUUID() + "\",\"name\":\"Cluster\",\"type\":\"CLUSTER\","
                        + "\"country\":\"IT\",\"city\":true}");
        var numberForEnum = officer().post("/api/v1/commands/register-organization",
                "{\"organizationId\":\"" + UUID.randomUUID() + "\",\"name\":\"Cluster\",\"type\":0,"
                        + "\"country\":\"IT\",\"city\":\"Torino\"}");
        var numberForId = officer().post("/api/v1/commands/confirm-mission", "{\"missionId\":7}");

        assertThat(numberForText.statusCode()).as(numberForText.body()).isEqualTo(400);
        assertThat(problem(numberForText).path("field").asText()).isEqualTo("name");
        assertThat(problem(numberForText).path("rule").asText()).isEqualTo("must be a string");
        assertThat(problem(booleanForText).path("field").asText()).isEqualTo("city");
        assertThat(problem(numberForEnum).path("field").asText()).isEqualTo("type");
        assertThat(problem(numberForEnum).path("rule").asText()).startsWith("must be one of ");
        assertThat(problem(numberForId).path("field").asText()).isEqualTo("missionId");
        assertThat(problem(numberForId).path("rule").asText()).isEqualTo("must be an id (a UUID) as a string");
        assertThat(server.events()).isEqualTo(before);
    }

    @Test
    void anUnknownFieldIsRefusedByName() throws Exception {
        var refused = officer().post("/api/v1/commands/confirm-mission",
                "{\"missionId\":\"" + World.first.mission() + "\",\"confirmed\":true}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(problem(refused).path("field").asText()).isEqualTo("confirmed");
        assertThat(problem(refused).path("detail").asText()).isEqualTo("confirmed is not a field of this command");
    }

    @Test
    void aBodyThatIsNotAnObjectIsToldWhatItIs() throws Exception {
        var array = officer().post("/api/v1/commands/confirm-mission",
                "[{\"missionId\":\"" + World.first.mission() + "\"}]");
        var text = officer().post("/api/v1/commands/confirm-mission", "\"hello\"");

        assertThat(array.statusCode()).isEqualTo(400);
        assertThat(problem(array).path("detail").asText())
                .isEqualTo("The body must be a JSON object with the fields of ConfirmMission; it is an array");
        assertThat(problem(text).path("detail").asText()).endsWith("it is a string");
    }

    @Test
    void aCommandInAnotherMediaTypeIs415() throws Exception {
        var client = officer();
        String body = "{\"missionId\":\"" + World.first.mission() + "\"}";

        var plain = client.send(client.request("/api/v1/commands/confirm-mission")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(body)));
        var none = client.send(client.request("/api/v1/commands/confirm-mission")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        var withCharset = client.send(client.request("/api/v1/commands/confirm-mission")
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"missionId\":\"" + UUID.randomUUID() + "\"}")));

        assertThat(plain.statusCode()).isEqualTo(415);
        assertThat(problem(plain).path("detail").asText())
                .isEqualTo("A command is sent as application/json, not text/plain");
        assertThat(plain.headers().firstValue("Accept")).hasValue("application/json");
        assertThat(none.statusCode()).isEqualTo(415);
        assertThat(withCharset.statusCode()).as("read, and found to name no mission").isEqualTo(404);
    }
}
