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
import java.util.List;
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
        var viewer = as(Role.VIEWER).get("/api/v1/missions");
        var administrator = as(Role.ADMINISTRATOR).get("/api/v1/missions");

        assertThat(viewer.statusCode()).isEqualTo(200);
        assertThat(viewer.body()).contains(World.first.mission().toString())
                .doesNotContain(World.second.mission().toString());
        assertThat(administrator.body()).contains(World.first.mission().toString(),
                World.second.mission().toString());
    }

    @Test
    void anotherProgramsAgendaIsRefused() {
        var own = as(Role.CLUSTER_MANAGER).get("/api/v1/missions/" + World.first.mission() + "/engagements");
        var other = as(Role.CLUSTER_MANAGER).get("/api/v1/missions/" + World.second.mission() + "/engagements");

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("复旦大学");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).doesNotContain("复旦大学");
    }

    @Test
    void theOfficerOfTheOtherProgramSeesTheOtherSide() {
        var officer = new ApiClient(server.port, World.officerOfSecond);

        assertThat(officer.get("/api/v1/missions").body()).contains(World.second.mission().toString())
                .doesNotContain(World.first.mission().toString());
        assertThat(officer.get("/api/v1/missions/" + World.first.mission() + "/engagements").statusCode())
                .isEqualTo(403);
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
        assertThat(callers.programScope()).containsExactly(World.first.program());
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
}
