package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.calendar.PythonIcalendar;
import app.ponte.mission.CancelEngagement;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.MissionId;
import app.ponte.mission.PlanMission;
import app.ponte.mission.RescheduleEngagement;
import app.ponte.mission.ScheduleEngagement;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationType;
import app.ponte.organization.RegisterOrganization;
import app.ponte.program.LaunchProgram;
import app.ponte.program.ProgramId;
import app.ponte.security.ApiTokens;
import app.ponte.security.Role;
import app.ponte.security.UserDirectory;
import app.ponte.shared.CountryCode;
import app.ponte.shared.Period;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.util.Configurator;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The calendars over HTTP, read back by two independent readers: ical4j, and Python's icalendar run by
 * {@code /usr/bin/python3}. A program of this test's own, with a mission in Shanghai: one engagement as scheduled,
 * one rescheduled, one cancelled; its officer's downloads and personal link; and the officer of another program,
 * who must never see them.
 */
class CalendarsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2017, 5, 16);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static PonteServer server;
    private static ProgramId program;
    private static MissionId mission;
    private static EngagementId asScheduled;
    private static EngagementId rescheduled;
    private static EngagementId cancelled;
    private static String officerId;
    private static ApiClient officer;

    @BeforeAll
    static void world() {
        server = PonteServer.get();
        var commands = server.bean(CommandGateway.class);
        program = ProgramId.random();
        mission = MissionId.random();
        var cluster = OrganizationId.random();
        var fudan = OrganizationId.random();
        commands.sendAndWait(new RegisterOrganization(cluster, "Calendar cluster", null, OrganizationType.CLUSTER,
                new CountryCode("IT"), "Napoli", null));
        commands.sendAndWait(new RegisterOrganization(fudan, "Fudan University", "复旦大学",
                OrganizationType.UNIVERSITY, new CountryCode("CN"), "Shanghai", null));
        commands.sendAndWait(new LaunchProgram(program, "Calendars program", cluster, List.of(new CountryCode("CN")),
                new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31))));
        commands.sendAndWait(new PlanMission(mission, program, "Calendar mission to Shanghai", "Shanghai", "CN",
                SHANGHAI, DAY, DAY.plusDays(1)));
        asScheduled = schedule(commands, "Meeting with Fudan University (复旦大学)", 9, List.of(fudan));
        rescheduled = schedule(commands, "Workshop on patient-centric healthcare", 14, List.of());
        cancelled = schedule(commands, "Visit to the science park", 16, List.of());
        commands.sendAndWait(new RescheduleEngagement(mission, rescheduled, LocalDateTime.of(DAY, LocalTime.of(15, 0)),
                LocalDateTime.of(DAY, LocalTime.of(16, 0))));
        commands.sendAndWait(new CancelEngagement(mission, cancelled, "The park is closed"));
        var user = server.bean(UserDirectory.class).create("calendar-officer", "a long enough password, calendar",
                Role.PROGRAM_OFFICER, List.of(program));
        officerId = user.userId();
        officer = new ApiClient(server.port,
                server.bean(ApiTokens.class).issue(officerId, "calendars", Role.PROGRAM_OFFICER, Set.of()).secret());
        // The agenda is a read model: wait until it shows the cancellation, the last change above.
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                officer.get("/api/v1/missions/" + mission + "/calendar.ics").body().contains("STATUS:CANCELLED"));
    }

    private static EngagementId schedule(CommandGateway commands, String title, int hour,
            List<OrganizationId> counterparts) {
        var id = EngagementId.random();
        commands.sendAndWait(new ScheduleEngagement(mission, id, EngagementKind.MEETING, title, "Fudan campus",
                LocalDateTime.of(DAY, LocalTime.of(hour, 30)), LocalDateTime.of(DAY, LocalTime.of(hour + 1, 0)),
                counterparts, List.of("life sciences", "prevention")));
        return id;
    }

    @Test
    void ical4jIsToldNeverToUpdateItsZonesFromTheNetwork() {
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled")).contains("false");
    }

    @Test
    void ical4jReadsTheMissionsCalendarInTheVenueZone() throws Exception {
        var answer = officer.get("/api/v1/missions/" + mission + "/calendar.ics");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(answer.body()));
        calendar.validate();

        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).extracting(zone -> zone.getTimeZoneId().getValue()).containsExactly("Asia/Shanghai");
        Map<String, VEvent> events = new HashMap<>();
        calendar.<VEvent>getComponents("VEVENT").forEach(event -> events.put(event.getUid().get().getValue(), event));
        assertThat(events).containsKeys(asScheduled + "@ponte", rescheduled + "@ponte", cancelled + "@ponte");

        var fudan = events.get(asScheduled + "@ponte");
        var start = fudan.getProperty("DTSTART").orElseThrow();
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Asia/Shanghai");
        assertThat(start.getValue()).isEqualTo("20170516T093000");
        // ical4j places it by the calendar's own VTIMEZONE: 09:30 in Shanghai is 01:30 UTC.
        assertThat(java.time.Instant.from(fudan.getDateTimeStart().getDate()))
                .isEqualTo(java.time.Instant.parse("2017-05-16T01:30:00Z"));
        assertThat(fudan.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20170516T100000");
        assertThat(fudan.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Fudan campus");
        assertThat(fudan.getProperty("DESCRIPTION").orElseThrow().getValue())
                .contains("Fudan University (复旦大学)").contains("life sciences, prevention");
        assertThat(fudan.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("0");
        assertThat(fudan.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CONFIRMED");
        assertThat(fudan.getProperty("LAST-MODIFIED")).isPresent();

        var moved = events.get(rescheduled + "@ponte");
        assertThat(moved.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20170516T150000");
        assertThat(moved.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
        assertThat(events.get(cancelled + "@ponte").getProperty("STATUS").orElseThrow().getValue())
                .isEqualTo("CANCELLED");
    }

    @Test
    void pythonsIcalendarReadsTheSameTimesSequenceAndStatus() throws Exception {
        var answer = officer.get("/api/v1/missions/" + mission + "/calendar.ics");
        JsonNode read = PythonIcalendar.read(answer.body());

        assertThat(read.path("zones").toString()).isEqualTo("[\"Asia/Shanghai\"]");
        Map<String, JsonNode> events = new HashMap<>();
        read.path("events").forEach(event -> events.put(event.path("uid").asText(), event));
        var fudan = events.get(asScheduled + "@ponte");
        assertThat(fudan.path("tzid").asText()).isEqualTo("Asia/Shanghai");
        assertThat(fudan.path("start").asText()).isEqualTo("2017-05-16T09:30:00");
        assertThat(fudan.path("end").asText()).isEqualTo("2017-05-16T10:00:00");
        assertThat(fudan.path("startUtc").asText()).isEqualTo("2017-05-16T01:30:00Z");
        // The VTIMEZONE sent is read by its own definition too: China keeps +08:00 all year.
        assertThat(fudan.path("vtimezoneOffsetMinutes").asInt()).isEqualTo(8 * 60);
        assertThat(fudan.path("sequence").asInt()).isZero();
        assertThat(fudan.path("location").asText()).isEqualTo("Fudan campus");
        var moved = events.get(rescheduled + "@ponte");
        assertThat(moved.path("start").asText()).isEqualTo("2017-05-16T15:00:00");
        assertThat(moved.path("startUtc").asText()).isEqualTo("2017-05-16T07:00:00Z");
        assertThat(moved.path("sequence").asInt()).isEqualTo(1);
        assertThat(events.get(cancelled + "@ponte").path("status").asText()).isEqualTo("CANCELLED");
        assertThat(fudan.path("status").asText()).isEqualTo("CONFIRMED");
    }

    @Test
    void anUnchangedCalendarIsAnswered304AndAChangeIsSeen() {
        var path = "/api/v1/programs/" + program + "/calendar.ics";
        var first = officer.get(path);
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        var byTag = officer.send(officer.request(path).header("If-None-Match", etag).GET());
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        var byTime = officer.send(officer.request(path).header("If-Modified-Since", lastModified).GET());
        assertThat(byTime.statusCode()).isEqualTo(304);

        var commands = server.bean(CommandGateway.class);
        var added = schedule(commands, "Dinner with the consulate", 19, List.of());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                officer.send(officer.request(path).header("If-None-Match", etag).GET()).statusCode() == 200);
        var changed = officer.send(officer.request(path).header("If-None-Match", etag).GET());
        assertThat(changed.body()).contains("UID:" + added + "@ponte");
        assertThat(changed.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
    }

    @Test
    void anotherProgramsOfficerNeverSeesTheseEngagements() {
        var outsider = new ApiClient(server.port, World.officerOfSecond);
        assertThat(outsider.get("/api/v1/missions/" + mission + "/calendar.ics").statusCode()).isEqualTo(404);
        assertThat(outsider.get("/api/v1/programs/" + program + "/calendar.ics").statusCode()).isEqualTo(404);
        var theirs = outsider.get("/api/v1/me/calendar.ics");
        assertThat(theirs.statusCode()).isEqualTo(200);
        assertThat(theirs.body()).contains("UID:" + World.second.engagement() + "@ponte")
                .doesNotContain(asScheduled.toString()).doesNotContain(rescheduled.toString());
        var mine = officer.get("/api/v1/me/calendar.ics");
        assertThat(mine.body()).contains(asScheduled.toString())
                .doesNotContain(World.second.engagement().toString())
                .doesNotContain(World.first.engagement().toString());
        assertThat(new ApiClient(server.port, null).get("/api/v1/me/calendar.ics").statusCode()).isEqualTo(401);
    }

    @Test
    void aPersonalLinkServesTheOwnersEngagementsWithoutATokenUntilRevoked() throws Exception {
        var user = server.bean(UserDirectory.class).create("calendar-link-owner", "a long enough password, link",
                Role.PROGRAM_OFFICER, List.of(program));
        var owner = new ApiClient(server.port,
                server.bean(ApiTokens.class).issue(user.userId(), "link", Role.PROGRAM_OFFICER, Set.of()).secret());
        var created = owner.post("/api/v1/me/calendar-link", "{}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String url = JSON.readTree(created.body()).path("url").asText();
        assertThat(url).startsWith("/api/v1/calendar-feeds/").endsWith(".ics");
        var app = new ApiClient(server.port, null);

        var polled = app.get(url);
        assertThat(polled.statusCode()).isEqualTo(200);
        assertThat(polled.body()).contains("UID:" + asScheduled + "@ponte")
                .doesNotContain(World.second.engagement().toString());
        var again = app.send(app.request(url).header("If-None-Match", polled.headers().firstValue("ETag")
                .orElseThrow()).GET());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(JSON.readTree(owner.get("/api/v1/me/calendar-link").body()).path("lastUsedAt").isNull())
                .isFalse();

        // The owner's roles are read at every poll: moved to another program, the feed follows.
        server.bean(UserDirectory.class).changeRole(user.userId(), Role.PROGRAM_OFFICER,
                List.of(World.second.program()));
        assertThat(app.get(url).body()).doesNotContain(asScheduled.toString())
                .contains(World.second.engagement().toString());
        server.bean(UserDirectory.class).changeRole(user.userId(), Role.PROGRAM_OFFICER, List.of(program));

        assertThat(owner.delete("/api/v1/me/calendar-link").statusCode()).isEqualTo(204);
        long before = System.nanoTime();
        var revoked = app.get(url);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before);
        assertThat(revoked.statusCode()).isEqualTo(404);
        assertThat(millis).as("a revoked link answers within a second").isLessThan(1000);
        assertThat(revoked.body()).doesNotContain(asScheduled.toString());
        assertThat(app.get("/api/v1/calendar-feeds/not-a-token.ics").statusCode()).isEqualTo(404);
        assertThat(owner.get("/api/v1/me/calendar-link").statusCode()).isEqualTo(404);
    }

    @Test
    void aNewLinkReplacesTheOldAndADisabledOwnersLinkIsGone() throws Exception {
        var user = server.bean(UserDirectory.class).create("calendar-link-twice", "a long enough password, twice",
                Role.PROGRAM_OFFICER, List.of(program));
        var tokens = server.bean(ApiTokens.class);
        var owner = new ApiClient(server.port,
                tokens.issue(user.userId(), "link", Role.PROGRAM_OFFICER, Set.of()).secret());
        String first = JSON.readTree(owner.post("/api/v1/me/calendar-link", "{}").body()).path("url").asText();
        String second = JSON.readTree(owner.post("/api/v1/me/calendar-link", "{}").body()).path("url").asText();
        var app = new ApiClient(server.port, null);
        assertThat(app.get(first).statusCode()).isEqualTo(404);
        assertThat(app.get(second).statusCode()).isEqualTo(200);

        var narrower = new ApiClient(server.port,
                tokens.issue(user.userId(), "narrow", Role.VIEWER, Set.of()).secret());
        assertThat(narrower.post("/api/v1/me/calendar-link", "{}").statusCode()).isEqualTo(403);
        assertThat(app.get(second).statusCode()).as("a refused creation revokes nothing").isEqualTo(200);

        server.bean(UserDirectory.class).enable(user.userId(), false);
        assertThat(app.get(second).statusCode()).isEqualTo(404);
    }
}
