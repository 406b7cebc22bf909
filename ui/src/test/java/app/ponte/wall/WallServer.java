package app.ponte.wall;

import app.ponte.PonteApplication;
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
import app.ponte.shared.CountryCode;
import app.ponte.shared.Period;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application started in the test's JVM on a port and a data folder the test chooses, so a test can stop
 * it and start it again under an open screen. Missions are planned a month ahead so their engagements stay upcoming.
 */
final class WallServer implements AutoCloseable {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate MISSION_START = LocalDate.now(SHANGHAI).plusDays(30);

    private final int port;
    private final Path dataDir;
    private final Map<String, Object> extra;
    private ConfigurableApplicationContext context;

    private WallServer(int port, Path dataDir, Map<String, Object> extra) {
        this.port = port;
        this.dataDir = dataDir;
        this.extra = extra;
    }

    static WallServer start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    static WallServer start(Path dataDir, Map<String, Object> extra) {
        var server = new WallServer(freePort(), dataDir, extra);
        server.start();
        return server;
    }

    void start() {
        var properties = new java.util.HashMap<String, Object>(Map.of(
                "server.port", port,
                "ponte.mongodb.uri", "",
                "ponte.data-dir", dataDir.toString(),
                "ponte.demo.enabled", "false"));
        properties.putAll(extra);
        // Command-line arguments, because defaults would lose to application.properties.
        var arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        context = new SpringApplicationBuilder(PonteApplication.class).run(arguments);
    }

    void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    DisplayLinks links() {
        return context.getBean(DisplayLinks.class);
    }

    CommandGateway commands() {
        return context.getBean(CommandGateway.class);
    }

    /** A program launched for a test, since a mission is planned only within a launched program. */
    ProgramId launchProgram() {
        var promoter = OrganizationId.random();
        commands().sendAndWait(new RegisterOrganization(promoter, "Test ministry", null, OrganizationType.MINISTRY,
                CountryCode.of("IT"), "Rome", null));
        var program = ProgramId.random();
        commands().sendAndWait(new LaunchProgram(program, "Test program", promoter, List.of(CountryCode.of("CN")),
                Period.of(MISSION_START.minusYears(1), MISSION_START.plusYears(1))));
        return program;
    }

    MissionId planMission(ProgramId program, String title) {
        var missionId = MissionId.random();
        commands().sendAndWait(new PlanMission(missionId, program, title, "Shanghai", "CN", SHANGHAI, MISSION_START,
                MISSION_START.plusDays(20)));
        return missionId;
    }

    /** Schedules a meeting on the mission's {@code slot}-th quarter hour, so meetings never overlap in order. */
    EngagementId schedule(MissionId missionId, String title, int slot) {
        var engagementId = EngagementId.random();
        var start = startOf(slot);
        commands().sendAndWait(new ScheduleEngagement(missionId, engagementId, EngagementKind.MEETING, title,
                "Shanghai", start, start.plusMinutes(10), List.of(), List.of()));
        return engagementId;
    }

    void reschedule(MissionId missionId, EngagementId engagementId, int slot) {
        var start = startOf(slot);
        commands().sendAndWait(new RescheduleEngagement(missionId, engagementId, start, start.plusMinutes(10)));
    }

    private static LocalDateTime startOf(int slot) {
        return MISSION_START.plusDays(1).atTime(8, 0).plusMinutes(15L * (slot % 4000));
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException impossible) {
            throw new IllegalStateException("No free port", impossible);
        }
    }
}
