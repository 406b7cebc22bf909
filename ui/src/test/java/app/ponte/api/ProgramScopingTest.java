package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.agenda.MissionSummary;
import app.ponte.meetings.AgendaFacade;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.MissionId;
import app.ponte.mission.PlanMission;
import app.ponte.security.AccessDenied;
import app.ponte.security.PonteUserDetails;
import app.ponte.security.Role;
import app.ponte.security.UserDirectory;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A member of one program sees and changes only that program: listings, one mission's agenda, live updates and
 * commands, through the API and through the UI's facade alike. Administrators see everything.
 */
class ProgramScopingTest {

    private static PonteServer server;

    @BeforeAll
    static void start() {
        server = PonteServer.get();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static ApiClient as(Role role) {
        return new ApiClient(server.port, World.TOKENS_IN_FIRST.get(role));
    }

    /** Signs in on this thread as the UI does, as the member of the first program in this role. */
    static void signInToTheUi(Role role) {
        var user = PonteServer.get().bean(UserDirectory.class).byUsername("user-" + role.name().toLowerCase())
                .orElseThrow();
        var details = new PonteUserDetails(user.userId(), user.username(), user.passwordHash(), user.role(), true,
                false);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }

    @Test
    void theMissionListingShowsOnlyTheMembersPrograms() {
        var viewer = as(Role.VIEWER).get("/api/v1/missions?limit=200");
        var administrator = as(Role.ADMINISTRATOR).get("/api/v1/missions?limit=200");

        assertThat(viewer.statusCode()).isEqualTo(200);
        assertThat(viewer.body()).contains(World.first.mission().toString())
                .doesNotContain(World.second.mission().toString());
        assertThat(administrator.body()).contains(World.first.mission().toString(),
                World.second.mission().toString());
    }

    @Test
    void anotherProgramsAgendaIsNotFound() {
        var own = as(Role.CLUSTER_MANAGER).get("/api/v1/missions/" + World.first.mission() + "/engagements");
        var other = as(Role.CLUSTER_MANAGER).get("/api/v1/missions/" + World.second.mission() + "/engagements");

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("复旦大学");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).doesNotContain("复旦大学");
    }

    @Test
    void theOfficerOfTheOtherProgramSeesTheOtherSide() {
        var officer = new ApiClient(server.port, World.officerOfSecond);

        assertThat(officer.get("/api/v1/missions?limit=200").body()).contains(World.second.mission().toString())
                .doesNotContain(World.first.mission().toString());
        assertThat(officer.get("/api/v1/missions/" + World.first.mission() + "/engagements").statusCode())
                .isEqualTo(404);
    }

    /** A mission of its own: the matrix tests may have cancelled the world's. */
    private static MissionId freshMission(app.ponte.program.ProgramId program) {
        var mission = MissionId.random();
        server.bean(CommandGateway.class).sendAndWait(new PlanMission(mission, program, "Fresh mission",
                "Shanghai", "CN", ZoneId.of("Asia/Shanghai"), World.DAY, World.DAY.plusDays(1)));
        return mission;
    }

    @Test
    void theFacadeSchedulesOnlyForMembersWhoMayChangeRecords() {
        var facade = server.bean(AgendaFacade.class);
        var start = LocalDateTime.of(World.DAY, java.time.LocalTime.of(14, 0));
        var mine = freshMission(World.first.program());
        var theirs = freshMission(World.second.program());

        signInToTheUi(Role.PROGRAM_OFFICER);
        assertThat(facade.schedule(mine, EngagementKind.MEETING, "Visit to ShanghaiTech",
                "ShanghaiTech", start, start.plusHours(1), List.of()).join()).isNotNull();
        assertThatThrownBy(() -> facade.schedule(theirs, EngagementKind.MEETING, "Not mine",
                "Somewhere", start, start.plusHours(1), List.of()).join()).cause().isInstanceOf(AccessDenied.class);

        signInToTheUi(Role.VIEWER);
        long before = server.events();
        assertThatThrownBy(() -> facade.schedule(mine, EngagementKind.MEETING, "Read only",
                "Somewhere", start, start.plusHours(1), List.of()).join()).cause().isInstanceOf(AccessDenied.class);
        assertThat(server.events()).isEqualTo(before);
    }

    @Test
    void aListingsScopeIsTheMembersProgramsOrEveryProgramForAnAdministrator() {
        var callers = server.bean(app.ponte.security.CurrentCaller.class);

        signInToTheUi(Role.CLUSTER_MANAGER);
        assertThat(callers.programScope()).containsExactlyInAnyOrder(World.first.program(), World.first.closable());
        signInToTheUi(Role.ADMINISTRATOR);
        assertThat(callers.programScope()).contains(World.first.program(), World.second.program());
    }

    @Test
    void liveUpdatesCarryOnlyTheMembersPrograms() {
        var facade = server.bean(AgendaFacade.class);
        var seen = new CopyOnWriteArrayList<MissionSummary>();
        signInToTheUi(Role.VIEWER);
        try (var watch = facade.watchMissions(seen::addAll)) {
            SecurityContextHolder.clearContext();
            var mine = MissionId.random();
            var theirs = MissionId.random();
            var commands = server.bean(CommandGateway.class);
            commands.sendAndWait(new PlanMission(theirs, World.second.program(), "Their mission", "Recife", "BR",
                    ZoneId.of("America/Recife"), LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 2)));
            commands.sendAndWait(new PlanMission(mine, World.first.program(), "Our mission", "Beijing", "CN",
                    ZoneId.of("Asia/Shanghai"), LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 2)));

            Awaitility.await().atMost(Duration.ofSeconds(20))
                    .until(() -> seen.stream().anyMatch(m -> m.missionId().equals(mine)));
            assertThat(seen).extracting(MissionSummary::missionId)
                    .doesNotContain(theirs, World.second.mission())
                    .contains(World.first.mission());
        }
    }

    /** Reads of one record: the member's own program answers, another program's is 404 exactly like an unknown id. */
    @Test
    void oneRecordOfAnotherProgramIsAnsweredAsIfItDidNotExist() {
        var viewer = as(Role.VIEWER);
        var unknownMission = MissionId.random();
        var unknownProgram = app.ponte.program.ProgramId.random();
        for (String own : List.of("/api/v1/programs/" + World.first.program(),
                "/api/v1/programs/" + World.first.program() + "/dashboard",
                "/api/v1/missions/" + World.first.mission(),
                "/api/v1/missions/" + World.first.mission() + "/outcomes")) {
            assertThat(viewer.get(own).statusCode()).as(own).isEqualTo(200);
        }
        var pairs = Map.of(
                "/api/v1/programs/" + World.second.program(), "/api/v1/programs/" + unknownProgram,
                "/api/v1/programs/" + World.second.program() + "/dashboard",
                "/api/v1/programs/" + unknownProgram + "/dashboard",
                "/api/v1/missions/" + World.second.mission(), "/api/v1/missions/" + unknownMission,
                "/api/v1/missions/" + World.second.mission() + "/outcomes",
                "/api/v1/missions/" + unknownMission + "/outcomes");
        pairs.forEach((theirs, unknown) -> {
            var hidden = viewer.get(theirs);
            var missing = viewer.get(unknown);
            assertThat(hidden.statusCode()).as(theirs).isEqualTo(404);
            assertThat(missing.statusCode()).as(unknown).isEqualTo(404);
            assertThat(hidden.body().replace(World.second.program().toString(), "ID")
                    .replace(World.second.mission().toString(), "ID"))
                    .as("the same answer for a hidden record as for a missing one")
                    .isEqualTo(missing.body().replace(unknownProgram.toString(), "ID")
                            .replace(unknownMission.toString(), "ID"));
        });
        assertThat(as(Role.ADMINISTRATOR).get("/api/v1/programs/" + World.second.program() + "/dashboard")
                .body()).contains("\"programId\":\"" + World.second.program() + "\"", "\"indicators\"");
        assertThat(as(Role.ADMINISTRATOR).get("/api/v1/programs/" + unknownProgram).statusCode()).isEqualTo(404);
    }

    @Test
    void listingsHoldOnlyTheMembersPrograms() {
        var viewer = as(Role.VIEWER);
        var administrator = as(Role.ADMINISTRATOR);

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(viewer.get("/api/v1/programs?limit=200").body()).contains(World.first.program().toString())
                    .doesNotContain(World.second.program().toString());
            assertThat(viewer.get("/api/v1/opportunities?limit=200").body()).contains(World.first.opportunity().toString())
                    .doesNotContain(World.second.opportunity().toString());
            assertThat(viewer.get("/api/v1/follow-ups?limit=200").body()).contains(World.first.followUp().toString())
                    .doesNotContain(World.second.followUp().toString());
            assertThat(administrator.get("/api/v1/opportunities?limit=200").body())
                    .contains(World.first.opportunity().toString(), World.second.opportunity().toString());
            assertThat(administrator.get("/api/v1/follow-ups?limit=200&program=" + World.second.program()).body())
                    .contains(World.second.followUp().toString())
                    .doesNotContain(World.first.followUp().toString());
        });
        for (String theirs : List.of("/api/v1/opportunities?program=" + World.second.program(),
                "/api/v1/follow-ups?program=" + World.second.program())) {
            assertThat(viewer.get(theirs).statusCode()).as(theirs).isEqualTo(404);
        }
    }

    @Test
    void mineAreTheFollowUpsTheCallerOwns() {
        var officer = server.bean(UserDirectory.class).byUsername("user-program_officer").orElseThrow();
        var own = app.ponte.followup.FollowUpId.random();
        server.bean(CommandGateway.class).sendAndWait(new app.ponte.followup.AssignFollowUp(own,
                World.first.program(), World.first.mission(),
                new app.ponte.followup.FollowUpOrigin(World.first.outcome(), null), officer.userId(),
                World.DAY.plusDays(3), "Call Fudan back"));

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var mine = json(as(Role.PROGRAM_OFFICER).get("/api/v1/follow-ups?mine=true&limit=200"));
            assertThat(mine.get("items")).extracting(item -> item.get("followUpId").asText())
                    .contains(own.toString()).doesNotContain(World.first.followUp().toString());
            assertThat(mine.get("items")).allSatisfy(item ->
                    assertThat(item.get("ownerUserId").asText()).isEqualTo(officer.userId()));
        });
        var overdue = json(as(Role.PROGRAM_OFFICER).get("/api/v1/follow-ups?overdue=true&limit=200"));
        assertThat(overdue.get("items")).allSatisfy(item ->
                assertThat(item.get("daysOverdue").asLong()).isPositive());
        assertThat(overdue.get("items")).extracting(item -> item.get("followUpId").asText())
                .contains(own.toString());
    }

    /** An organization is shared; what happened with it in the other program is not. */
    @Test
    void anOrganizationsViewShowsOnlyTheMembersProgramsAndItsContactsThroughTheVault() {
        var shared = app.ponte.organization.OrganizationId.random();
        var contact = app.ponte.contact.ContactId.random();
        var commands = server.bean(CommandGateway.class);
        commands.sendAndWait(new app.ponte.organization.RegisterOrganization(shared, "ShanghaiTech University",
                "上海科技大学", app.ponte.organization.OrganizationType.UNIVERSITY,
                new app.ponte.shared.CountryCode("CN"), "Shanghai", null));
        commands.sendAndWait(new app.ponte.contact.AddContact(contact,
                new app.ponte.contact.PersonalDetails("Yin Lu", "yin.lu@example.org", null), shared,
                "Dean of life sciences"));
        var ours = meetingWith(World.first.program(), shared, "Our meeting with ShanghaiTech");
        var theirs = meetingWith(World.second.program(), shared, "Their meeting with ShanghaiTech");

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var everything = as(Role.ADMINISTRATOR).get("/api/v1/organizations/" + shared).body();
            assertThat(everything).contains(ours.toString(), theirs.toString(), "Yin Lu");
            var member = as(Role.VIEWER).get("/api/v1/organizations/" + shared);
            assertThat(member.statusCode()).isEqualTo(200);
            assertThat(member.body()).contains(ours.toString(), "上海科技大学", "Yin Lu")
                    .doesNotContain(theirs.toString(), World.second.program().toString(), "Their meeting");
        });
        var found = json(as(Role.VIEWER).get("/api/v1/contacts?q=yin%20lu"));
        assertThat(found.get("items")).extracting(item -> item.get("contactId").asText())
                .containsExactly(contact.toString());
        assertThat(found.get("items").get(0).get("email").asText()).isEqualTo("yin.lu@example.org");
        assertThat(as(Role.VIEWER).get("/api/v1/contacts/" + contact).body()).contains("Yin Lu");
        assertThat(as(Role.VIEWER).get("/api/v1/contacts/" + app.ponte.contact.ContactId.random()).statusCode())
                .isEqualTo(404);
        assertThat(json(as(Role.VIEWER).get("/api/v1/organizations?country=CN&q="
                + java.net.URLEncoder.encode("上海科技", java.nio.charset.StandardCharsets.UTF_8))).get("items"))
                // Organizations are shared by every program, and other tests on this server register 上海科技大学 too.
                .extracting(item -> item.get("organizationId").asText()).contains(shared.toString());
    }

    private static app.ponte.mission.EngagementId meetingWith(app.ponte.program.ProgramId program,
            app.ponte.organization.OrganizationId organization, String title) {
        var mission = freshMission(program);
        var engagement = app.ponte.mission.EngagementId.random();
        var start = LocalDateTime.of(World.DAY, java.time.LocalTime.of(15, 0));
        server.bean(CommandGateway.class).sendAndWait(new app.ponte.mission.ScheduleEngagement(mission, engagement,
                EngagementKind.MEETING, title, "Pudong", start, start.plusHours(1), List.of(organization),
                List.of()));
        return engagement;
    }

    @Test
    void historyAndTheAuditLogAreForAuditorsAndTheirPrograms() {
        var auditor = as(Role.CLUSTER_MANAGER);

        var own = auditor.get("/api/v1/history/mission/" + World.first.mission());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("Mission planned");
        assertThat(auditor.get("/api/v1/history/mission/" + World.second.mission()).statusCode()).isEqualTo(404);
        assertThat(auditor.get("/api/v1/history/follow-up/" + World.first.followUp()).statusCode()).isEqualTo(200);
        assertThat(as(Role.VIEWER).get("/api/v1/history/mission/" + World.first.mission()).statusCode())
                .isEqualTo(403);

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var csv = auditor.get("/api/v1/audit.csv?recordType=mission");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            assertThat(csv.body()).startsWith("number,at,user,role").contains(World.first.mission().toString())
                    .doesNotContain(World.second.mission().toString(), World.second.program().toString());
        });
        var everything = as(Role.ADMINISTRATOR).get("/api/v1/audit.csv?program=" + World.second.program()).body();
        assertThat(everything).contains(World.second.mission().toString())
                .doesNotContain(World.first.mission().toString());
        assertThat(auditor.get("/api/v1/audit.csv?program=" + World.second.program()).statusCode()).isEqualTo(404);
        assertThat(as(Role.VIEWER).get("/api/v1/audit.csv").statusCode()).isEqualTo(403);
        assertThat(as(Role.PROGRAM_OFFICER).get("/api/v1/audit.csv").statusCode()).isEqualTo(403);
    }

    /*
     * A pool thread has no signed-in caller even when the thread that handed it the work had one: the gateway
     * refuses instead of answering unscoped. The wall asks the query bus for its display link's programs instead.
     */
    @Test
    void aQueryFromAThreadWithoutACallerIsRefused() {
        var queries = server.bean(org.axonframework.queryhandling.QueryGateway.class);
        signInToTheUi(Role.VIEWER);
        assertThat(queries.query(new app.ponte.agenda.ListMissions(),
                org.axonframework.messaging.responsetypes.ResponseTypes.multipleInstancesOf(MissionSummary.class))
                .join()).extracting(MissionSummary::missionId).contains(World.first.mission());

        var elsewhere = CompletableFuture.supplyAsync(() -> queries.query(new app.ponte.agenda.ListMissions(),
                org.axonframework.messaging.responsetypes.ResponseTypes.multipleInstancesOf(MissionSummary.class))
                .join());

        assertThatThrownBy(elsewhere::join).hasCauseInstanceOf(AccessDenied.class)
                .hasMessageContaining("refused rather than answered unscoped");
        var wall = CompletableFuture.supplyAsync(() -> server.bean(app.ponte.wall.WallFacade.class)
                .dashboard(World.second.program()));
        // The matrix tests may have renamed the program; what counts is that the wall got its dashboard.
        assertThat(wall.join().programId()).isEqualTo(World.second.program());
        assertThat(wall.join().name()).isNotBlank();
    }

    private static JsonNode json(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            return server.bean(ObjectMapper.class).readTree(response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
