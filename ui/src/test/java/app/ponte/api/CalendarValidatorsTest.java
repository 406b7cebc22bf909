package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.MissionId;
import app.ponte.mission.PlanMission;
import app.ponte.mission.RescheduleEngagement;
import app.ponte.mission.ScheduleEngagement;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationType;
import app.ponte.organization.RegisterOrganization;
import app.ponte.organization.RenameOrganization;
import app.ponte.program.LaunchProgram;
import app.ponte.program.ProgramId;
import app.ponte.security.ApiTokens;
import app.ponte.security.Role;
import app.ponte.security.UserDirectory;
import app.ponte.shared.CountryCode;
import app.ponte.shared.Period;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A calendar's entity tag and last-modified time come from its inputs, not its text: each input that changes what
 * the calendar says (an engagement rescheduled, a counterpart renamed, the caller's role or programs) changes the
 * tag, and while none changes, a conditional GET is answered 304. Each test has a program and mission of its own.
 */
class CalendarValidatorsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2017, 5, 16);

    private PonteServer server;
    private CommandGateway commands;
    private ProgramId program;
    private MissionId mission;
    private OrganizationId counterpart;
    private EngagementId meeting;
    private String officerId;
    private ApiClient officer;

    @BeforeEach
    void world() {
        server = PonteServer.get();
        commands = server.bean(CommandGateway.class);
        program = ProgramId.random();
        mission = MissionId.random();
        counterpart = OrganizationId.random();
        var promoter = OrganizationId.random();
        commands.sendAndWait(new RegisterOrganization(promoter, "Validators cluster " + program, null,
                OrganizationType.CLUSTER, new CountryCode("IT"), "Napoli", null));
        commands.sendAndWait(new RegisterOrganization(counterpart, "ShanghaiTech University", "上海科技大学",
                OrganizationType.UNIVERSITY, new CountryCode("CN"), "Shanghai", null));
        commands.sendAndWait(new LaunchProgram(program, "Validators program", promoter, List.of(new CountryCode("CN")),
                new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31))));
        commands.sendAndWait(new PlanMission(mission, program, "Validators mission", "Shanghai", "CN", SHANGHAI, DAY,
                DAY.plusDays(1)));
        meeting = EngagementId.random();
        commands.sendAndWait(new ScheduleEngagement(mission, meeting, EngagementKind.MEETING, "Meeting at ShanghaiTech",
                "ShanghaiTech campus", LocalDateTime.of(DAY, LocalTime.of(10, 0)),
                LocalDateTime.of(DAY, LocalTime.of(11, 0)), List.of(counterpart), List.of("life sciences")));
        var user = server.bean(UserDirectory.class).create("validators-" + program, "a long enough password, tags",
                Role.PROGRAM_OFFICER, List.of(program));
        officerId = user.userId();
        officer = new ApiClient(server.port,
                server.bean(ApiTokens.class).issue(officerId, "validators", Role.PROGRAM_OFFICER, Set.of()).secret());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                officer.get(missionPath()).body().contains("上海科技大学"));
        // The directory's read model, whose counter is an input too, has handled this test's engagement as well.
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                officer.get("/api/v1/organizations/" + counterpart).body().contains(meeting.toString()));
    }

    /** The tag once the read models have settled: two polls a little apart agree. */
    private static HttpResponse<String> settled(ApiClient client, String path) {
        var answer = new java.util.concurrent.atomic.AtomicReference<HttpResponse<String>>();
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(() -> {
            var previous = answer.getAndSet(client.get(path));
            return previous != null && etag(previous).equals(etag(answer.get()));
        });
        return answer.get();
    }

    private String missionPath() {
        return "/api/v1/missions/" + mission + "/calendar.ics";
    }

    private static HttpResponse<String> ifNoneMatch(ApiClient client, String path, String etag) {
        return client.send(client.request(path).header("If-None-Match", etag).GET());
    }

    /** The calendar's text with RFC 5545's folded long lines joined again. */
    private static String unfolded(HttpResponse<String> answer) {
        return answer.body().replace("\r\n ", "");
    }

    private static String etag(HttpResponse<String> answer) {
        return answer.headers().firstValue("ETag").orElseThrow();
    }

    /** Polls, as a calendar app does, until the tag it holds no longer matches; answers the new calendar. */
    private static HttpResponse<String> untilChanged(ApiClient client, String path, String etag) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> ifNoneMatch(client, path, etag).statusCode() == 200);
        var changed = ifNoneMatch(client, path, etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(etag(changed)).isNotEqualTo(etag);
        return changed;
    }

    @Test
    void noChangeIsAnswered304ByTagAndByDateOnEveryCalendar() {
        for (String path : List.of(missionPath(), "/api/v1/programs/" + program + "/calendar.ics",
                "/api/v1/me/calendar.ics")) {
            var first = settled(officer, path);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            for (int poll = 0; poll < 3; poll++) {
                var again = ifNoneMatch(officer, path, etag(first));
                assertThat(again.statusCode()).as(path).isEqualTo(304);
                assertThat(again.body()).isEmpty();
                assertThat(again.headers().firstValue("ETag")).hasValue(etag(first));
                assertThat(again.headers().firstValue("Cache-Control")).hasValueSatisfying(value ->
                        assertThat(value).contains("no-cache"));
            }
            var byDate = officer.send(officer.request(path)
                    .header("If-Modified-Since", first.headers().firstValue("Last-Modified").orElseThrow()).GET());
            assertThat(byDate.statusCode()).as(path).isEqualTo(304);
            // The same inputs give the same tag whichever request built the calendar.
            assertThat(etag(officer.get(path))).isEqualTo(etag(first));
        }
    }

    @Test
    void aRescheduledEngagementChangesTheTag() {
        var before = officer.get(missionPath());

        commands.sendAndWait(new RescheduleEngagement(mission, meeting, LocalDateTime.of(DAY, LocalTime.of(15, 0)),
                LocalDateTime.of(DAY, LocalTime.of(16, 0))));

        var after = untilChanged(officer, missionPath(), etag(before));
        assertThat(after.body()).contains("SEQUENCE:1").contains("DTSTART;TZID=Asia/Shanghai:20170516T150000");
        assertThat(ifNoneMatch(officer, missionPath(), etag(after)).statusCode()).isEqualTo(304);
    }

    @Test
    void aRenamedCounterpartChangesTheTag() {
        var before = officer.get(missionPath());
        assertThat(unfolded(before)).contains("ShanghaiTech University (上海科技大学)");

        commands.sendAndWait(new RenameOrganization(counterpart, "ShanghaiTech", "上海科技大学"));

        var after = untilChanged(officer, missionPath(), etag(before));
        assertThat(unfolded(after)).contains("Counterparts: ShanghaiTech (上海科技大学)");
    }

    @Test
    void aRoleOrProgramChangeOfTheLinksOwnerChangesTheTagAndTheDate() throws Exception {
        var created = officer.post("/api/v1/me/calendar-link", "{}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String url = new ObjectMapper().readTree(created.body()).path("url").asText();
        var app = new ApiClient(server.port, null);
        var polled = app.get(url);
        assertThat(polled.statusCode()).isEqualTo(200);
        assertThat(ifNoneMatch(app, url, etag(polled)).statusCode()).isEqualTo(304);
        String lastModified = polled.headers().firstValue("Last-Modified").orElseThrow();
        // Last-Modified has one-second steps: the change must fall in a later second to be seen by date.
        Thread.sleep(1100);

        server.bean(UserDirectory.class).changeRole(officerId, Role.VIEWER, List.of(program));

        var asViewer = ifNoneMatch(app, url, etag(polled));
        assertThat(asViewer.statusCode()).isEqualTo(200);
        assertThat(asViewer.body()).contains("UID:" + meeting + "@ponte");
        var byDate = app.send(app.request(url).header("If-Modified-Since", lastModified).GET());
        assertThat(byDate.statusCode()).as("a client that validates by date alone").isEqualTo(200);

        server.bean(UserDirectory.class).changeRole(officerId, Role.VIEWER, List.of(ProgramId.random()));
        var elsewhere = ifNoneMatch(app, url, etag(asViewer));
        assertThat(elsewhere.statusCode()).isEqualTo(200);
        assertThat(elsewhere.body()).doesNotContain(meeting.toString());
        assertThat(ifNoneMatch(app, url, etag(elsewhere)).statusCode()).isEqualTo(304);
    }
}
