package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.agenda.EngagementSummary;
import app.ponte.agenda.MissionSummary;
import app.ponte.audit.AuditFacade;
import app.ponte.audit.RecordType;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.MissionId;
import app.ponte.mission.PlanMission;
import app.ponte.mission.ScheduleEngagement;
import app.ponte.security.Role;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The audit screen's "as of" views and record histories show a cluster manager of one program nothing of another
 * program: not its missions, not its engagements (title, venue, time), not while its records are being created.
 */
class AsOfScopingTest {

    private static PonteServer server;

    @BeforeAll
    static void start() {
        server = PonteServer.get();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theAgendaAsOfAMomentShowsOnlyTheAuditorsPrograms() {
        ProgramScopingTest.signInToTheUi(Role.CLUSTER_MANAGER);

        var agenda = server.bean(AuditFacade.class).agendaAsOf(Instant.now());

        assertThat(agenda.missions()).extracting(MissionSummary::missionId).contains(World.first.mission())
                .doesNotContain(World.second.mission());
        assertThat(agenda.engagements()).extracting(EngagementSummary::engagementId)
                .contains(World.first.engagement()).doesNotContain(World.second.engagement());
        assertThat(agenda.engagements()).extracting(EngagementSummary::programId)
                .containsOnly(World.first.program());
    }

    @Test
    void anotherProgramsRecordsShowNothingAsOfAndInHistoryEvenWhileTheyAreBeingCreated() throws Exception {
        var commands = server.bean(CommandGateway.class);
        var audit = server.bean(AuditFacade.class);
        for (int i = 0; i < 8; i++) {
            var mission = MissionId.random();
            var engagement = EngagementId.random();
            var title = "Mission being created " + i;
            // Sent as the application, on another thread, while the auditor reads on this one.
            var created = CompletableFuture.runAsync(() -> {
                commands.sendAndWait(new PlanMission(mission, World.second.program(), title,
                        "Recife", "BR", ZoneId.of("America/Recife"), World.DAY, World.DAY.plusDays(1)));
                commands.sendAndWait(new ScheduleEngagement(mission, engagement, EngagementKind.MEETING,
                        "A meeting being created", "Porto Digital", LocalDateTime.of(World.DAY, LocalTime.of(9, 0)),
                        LocalDateTime.of(World.DAY, LocalTime.of(10, 0)), List.of(), List.of()));
            });
            ProgramScopingTest.signInToTheUi(Role.CLUSTER_MANAGER);
            do {
                assertThat(audit.history(RecordType.MISSION, mission.toString())).isEmpty();
                assertThat(audit.history(RecordType.ENGAGEMENT, engagement.toString())).isEmpty();
                assertThat(audit.recordAsOf(RecordType.MISSION, mission.toString(), Instant.now())).isEmpty();
                var agenda = audit.agendaAsOf(Instant.now());
                assertThat(agenda.engagements()).extracting(EngagementSummary::engagementId)
                        .doesNotContain(engagement, World.second.engagement());
                assertThat(agenda.missions()).extracting(MissionSummary::missionId).doesNotContain(mission);
            } while (!created.isDone());
            created.get();
        }
    }
}
