package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.mission.AmendMission;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.MarkEngagementHeld;
import app.ponte.mission.MissionId;
import app.ponte.mission.PlanMission;
import app.ponte.mission.ScheduleEngagement;
import app.ponte.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "As of" on its two axes through the API, on records made by real commands: a mission planned and its meeting
 * scheduled, then, after the moment {@code before} and so recorded later, the meeting marked held on its own day in
 * 2017 and the mission renamed. As recorded at {@code before}, the record says what it said then; as happened by
 * the meeting's day, the late entry counts, since the meeting took place then.
 */
class AsOfApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate MEETING_DAY = LocalDate.of(2017, 6, 20);

    private static PonteServer server;
    private static World.Program program;
    private static MissionId mission;
    private static EngagementId meeting;
    private static Instant before;

    @BeforeAll
    static void start() throws InterruptedException {
        server = PonteServer.get();
        var commands = server.bean(CommandGateway.class);
        program = World.program(commands, "As of on two axes");
        mission = MissionId.random();
        meeting = EngagementId.random();
        commands.sendAndWait(new PlanMission(mission, program.program(), "Mission as first recorded", "Shanghai",
                "CN", ZoneId.of("Asia/Shanghai"), MEETING_DAY, MEETING_DAY.plusDays(1)));
        // 07:30 in Shanghai is 23:30 UTC the day before: the venue's day is the one that counts as happened.
        commands.sendAndWait(new ScheduleEngagement(mission, meeting, EngagementKind.MEETING,
                "Meeting with ShanghaiTech University", "ShanghaiTech",
                LocalDateTime.of(MEETING_DAY, LocalTime.of(7, 30)),
                LocalDateTime.of(MEETING_DAY, LocalTime.of(8, 30)), List.of(), List.of("life sciences")));
        Thread.sleep(20);
        before = Instant.now();
        Thread.sleep(20);
        commands.sendAndWait(new MarkEngagementHeld(mission, meeting, "Recorded weeks later"));
        commands.sendAndWait(new AmendMission(mission, "Mission as renamed later", "Shanghai", "CN",
                ZoneId.of("Asia/Shanghai"), MEETING_DAY, MEETING_DAY.plusDays(1)));
        var administrator = as(Role.ADMINISTRATOR);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            var dashboard = administrator.get(dashboard(program.program().toString(), ""));
            var agenda = administrator.get("/api/v1/missions/" + mission);
            return dashboard.statusCode() == 200 && json(dashboard).path("engagementsHeld").asInt() == 2
                    && agenda.statusCode() == 200 && agenda.body().contains("Mission as renamed later");
        });
    }

    private static ApiClient as(Role role) {
        return new ApiClient(server.port, World.TOKENS_IN_FIRST.get(role));
    }

    private static String dashboard(String programId, String query) {
        return "/api/v1/programs/" + programId + "/dashboard" + query;
    }

    @Test
    void aMissionsAgendaAsRecordedIsWhatTheRecordSaidBeforeTheLaterEntries() throws Exception {
        var past = as(Role.ADMINISTRATOR).get("/api/v1/missions/" + mission + "?asOf=" + before);
        var live = as(Role.ADMINISTRATOR).get("/api/v1/missions/" + mission);

        assertThat(past.statusCode()).as(past.body()).isEqualTo(200);
        assertThat(past.headers().firstValue("Ponte-Axis")).contains("as-recorded");
        assertThat(past.headers().firstValue("Ponte-As-Of")).contains(before.toString());
        assertThat(json(past).path("mission").path("title").asText()).isEqualTo("Mission as first recorded");
        assertThat(statuses(json(past))).containsExactly("SCHEDULED");
        assertThat(live.headers().firstValue("Ponte-Axis")).isEmpty();
        assertThat(json(live).path("mission").path("title").asText()).isEqualTo("Mission as renamed later");
        assertThat(statuses(json(live))).containsExactly("HELD");
    }

    @Test
    void aMeetingRecordedAsHeldLaterCountsAsHappenedButNotAsRecordedBefore() throws Exception {
        var administrator = as(Role.ADMINISTRATOR);
        String id = program.program().toString();

        var asRecorded = administrator.get(dashboard(id, "?asOf=" + before));
        var asHappenedThatDay = administrator.get(dashboard(id, "?happenedBy=" + MEETING_DAY));
        var asHappenedTheDayBefore = administrator.get(dashboard(id, "?happenedBy=" + MEETING_DAY.minusDays(1)));

        assertThat(asRecorded.statusCode()).as(asRecorded.body()).isEqualTo(200);
        assertThat(asRecorded.headers().firstValue("Ponte-Axis")).contains("as-recorded");
        // The world's own meeting of 16 May 2017 was held before the moment; this one was still scheduled then.
        assertThat(json(asRecorded).path("engagementsHeld").asInt()).isEqualTo(1);
        assertThat(json(asRecorded).path("engagementsScheduled").asInt()).isEqualTo(1);
        assertThat(asHappenedThatDay.statusCode()).as(asHappenedThatDay.body()).isEqualTo(200);
        assertThat(asHappenedThatDay.headers().firstValue("Ponte-Axis")).contains("as-happened");
        assertThat(asHappenedThatDay.headers().firstValue("Ponte-Happened-By")).contains(MEETING_DAY.toString());
        assertThat(json(asHappenedThatDay).path("engagementsHeld").asInt()).isEqualTo(2);
        assertThat(json(asHappenedTheDayBefore).path("engagementsHeld").asInt()).isEqualTo(1);
        assertThat(json(asHappenedTheDayBefore).path("engagementsScheduled").asInt()).isZero();
    }

    @Test
    void aMissionsAgendaAsHappenedListsOnlyTheEngagementsOfThatDayAndBefore() throws Exception {
        var viewer = as(Role.VIEWER);
        String first = World.first.mission().toString();

        var byTheDay = viewer.get("/api/v1/missions/" + first + "?happenedBy=" + World.DAY);
        var dayBefore = viewer.get("/api/v1/missions/" + first + "?happenedBy=" + World.DAY.minusDays(1));

        assertThat(byTheDay.statusCode()).as(byTheDay.body()).isEqualTo(200);
        assertThat(byTheDay.headers().firstValue("Ponte-Axis")).contains("as-happened");
        assertThat(byTheDay.body()).contains(World.first.engagement().toString());
        assertThat(dayBefore.statusCode()).isEqualTo(200);
        assertThat(json(dayBefore).path("engagements").size()).isZero();
        assertThat(json(dayBefore).path("mission").path("missionId").asText()).isEqualTo(first);
    }

    @Test
    void aRecordAsRecordedHasTheFieldsItHadThen() throws Exception {
        var auditor = as(Role.ADMINISTRATOR);

        var then = auditor.get("/api/v1/history/mission/" + mission + "/state?asOf=" + before);
        var now = auditor.get("/api/v1/history/mission/" + mission + "/state");
        var beforeItExisted = auditor.get("/api/v1/history/mission/" + mission + "/state?asOf=2017-01-01");

        assertThat(then.statusCode()).as(then.body()).isEqualTo(200);
        assertThat(then.body()).contains("Mission as first recorded").doesNotContain("Mission as renamed later");
        assertThat(then.headers().firstValue("Ponte-Axis")).contains("as-recorded");
        assertThat(now.body()).contains("Mission as renamed later");
        assertThat(json(now).path("events").asInt()).isGreaterThan(json(then).path("events").asInt());
        assertThat(beforeItExisted.statusCode()).isEqualTo(404);
    }

    @Test
    void anotherProgramIsNotFoundOnEitherAxisAsItIsLive() {
        var manager = as(Role.CLUSTER_MANAGER);
        String otherProgram = World.second.program().toString();
        String otherMission = World.second.mission().toString();
        String day = "2017-05-31";

        for (String path : List.of(dashboard(otherProgram, ""), dashboard(otherProgram, "?asOf=" + day),
                dashboard(otherProgram, "?happenedBy=" + day), "/api/v1/missions/" + otherMission,
                "/api/v1/missions/" + otherMission + "?asOf=" + day,
                "/api/v1/missions/" + otherMission + "?happenedBy=" + day,
                "/api/v1/history/mission/" + otherMission + "/state?asOf=" + Instant.now())) {
            var answer = manager.get(path);
            assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(404);
            assertThat(answer.body()).doesNotContain("Italy–Brazil").doesNotContain("Fudan");
        }
        // The same records are there for a member: the 404 above is the scope, not a missing record.
        var member = new ApiClient(server.port, World.officerOfSecond)
                .get(dashboard(otherProgram, "?happenedBy=" + day));
        assertThat(member.statusCode()).isEqualTo(200);
    }

    @Test
    void asRecordedIsTheAuditorsAndAsHappenedEveryReaders() {
        String own = World.first.program().toString();

        var viewerAsRecorded = as(Role.VIEWER).get(dashboard(own, "?asOf=2017-05-31"));
        var officerAsRecorded = as(Role.PROGRAM_OFFICER).get("/api/v1/missions/" + World.first.mission()
                + "?asOf=2017-05-31");
        var viewerAsHappened = as(Role.VIEWER).get(dashboard(own, "?happenedBy=2017-05-31"));
        var managerAsRecorded = as(Role.CLUSTER_MANAGER).get(dashboard(own, "?asOf=" + Instant.now()));

        assertThat(viewerAsRecorded.statusCode()).isEqualTo(403);
        assertThat(officerAsRecorded.statusCode()).isEqualTo(403);
        assertThat(viewerAsHappened.statusCode()).isEqualTo(200);
        assertThat(managerAsRecorded.statusCode()).as(managerAsRecorded.body()).isEqualTo(200);
    }

    @Test
    void aBadMomentOrDayIsRefusedNamingTheParameter() throws Exception {
        var administrator = as(Role.ADMINISTRATOR);
        String own = dashboard(World.first.program().toString(), "");
        String mission = "/api/v1/missions/" + World.first.mission();

        expectRefused(administrator.get(own + "?asOf=yesterday"), "asOf");
        expectRefused(administrator.get(own + "?asOf="), "asOf");
        expectRefused(administrator.get(mission + "?asOf=2017-05-16T09:30:00"), "asOf");
        expectRefused(administrator.get(own + "?asOf=" + Instant.now().plus(Duration.ofDays(2))), "asOf");
        expectRefused(administrator.get(own + "?happenedBy=2019-13-01"), "happenedBy");
        expectRefused(administrator.get(mission + "?happenedBy=2019-03-30T00:00:00Z"), "happenedBy");
        expectRefused(administrator.get(own + "?asOf=2019-03-30&happenedBy=2019-03-30"), "happenedBy");
        expectRefused(administrator.get("/api/v1/history/mission/" + World.first.mission() + "/state?asOf=soon"),
                "asOf");
    }

    private static void expectRefused(HttpResponse<String> answer, String parameter) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(answer).path("parameter").asText()).isEqualTo(parameter);
        assertThat(json(answer).path("rule").asText()).isNotBlank();
    }

    private static List<String> statuses(JsonNode agenda) {
        var statuses = new ArrayList<String>();
        agenda.path("engagements").forEach(engagement -> statuses.add(engagement.path("status").asText()));
        return statuses;
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }
}
