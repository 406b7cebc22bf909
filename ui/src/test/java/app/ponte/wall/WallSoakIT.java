package app.ponte.wall;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.mission.EngagementId;
import app.ponte.mission.MissionId;
import app.ponte.program.ProgramId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A day on the wall, accelerated: thousands of changes pushed to one open screen while its panels rotate, with the
 * server's heap and the browser's JS heap and DOM measured after a warm-up and at the end. It takes several minutes,
 * so it runs only when asked: {@code mvn -pl ui -am verify -Dit.test=WallSoakIT -Dponte.soak=true}
 * ({@code -Dponte.soak.updates=N} to change the 10,000 updates).
 */
@EnabledIfSystemProperty(named = "ponte.soak", matches = "true")
class WallSoakIT {

    private static final Logger log = LoggerFactory.getLogger(WallSoakIT.class);
    private static final int MISSIONS = 50;
    private static final int ENGAGEMENTS_PER_MISSION = 4;
    private static final int WARM_UP = 500;

    @TempDir
    Path dataDir;

    @TempDir
    Path profile;

    private WallServer server;
    private WallBrowser browser;

    @AfterEach
    void stopAll() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private record Planned(MissionId mission, EngagementId engagement) {}

    @Test
    void memoryStaysFlatUnderThousandsOfPushes() throws Exception {
        int updates = Integer.getInteger("ponte.soak.updates", 10_000);
        server = WallServer.start(dataDir.resolve("store"));
        var program = ProgramId.random();
        // Many small missions rather than one long one: each command loads only its own mission's events.
        var planned = new ArrayList<Planned>();
        for (int m = 0; m < MISSIONS; m++) {
            var mission = server.planMission(program, "Soak mission " + m);
            for (int e = 0; e < ENGAGEMENTS_PER_MISSION; e++) {
                planned.add(new Planned(mission, server.schedule(mission, "Soak meeting " + m + "." + e, e * 8)));
            }
        }
        var token = server.links().create("Soak screen", program, null, Duration.ofSeconds(3)).token();
        browser = new WallBrowser(profile.resolve("chromium"));
        browser.open(server.url("display/" + token));
        browser.await(Duration.ofSeconds(60), () -> browser.kpi("scheduled") == planned.size());

        reschedule(planned, 0, WARM_UP);
        var before = measure();
        long started = System.currentTimeMillis();
        reschedule(planned, WARM_UP, WARM_UP + updates);
        long took = System.currentTimeMillis() - started;
        Thread.sleep(2000);
        var after = measure();

        log.info("Soak: {} updates in {} s; screen applied {} dashboards during them", updates, took / 1000,
                after.applied() - before.applied());
        log.info("Soak before: server heap {} MB, browser JS heap {} MB, DOM {}", before.serverMb(),
                before.browserMb(), before.dom());
        log.info("Soak after:  server heap {} MB, browser JS heap {} MB, DOM {}", after.serverMb(),
                after.browserMb(), after.dom());
        browser.screenshot("wall-after-soak");
        assertThat(after.browserBytes()).isLessThan(before.browserBytes() * 2 + 8_000_000L);
        assertThat(after.serverBytes()).isLessThan(before.serverBytes() + 128_000_000L);
    }

    private void reschedule(List<Planned> planned, int from, int to) {
        for (int i = from; i < to; i++) {
            var next = planned.get(i % planned.size());
            // Alternating between two slots, so every command moves the engagement.
            server.reschedule(next.mission(), next.engagement(), 200 + (i / planned.size()) % 2);
        }
    }

    private record Figures(long serverBytes, long browserBytes, Object dom, long applied) {

        String serverMb() {
            return String.format("%.1f", serverBytes / 1e6);
        }

        String browserMb() {
            return String.format("%.1f", browserBytes / 1e6);
        }
    }

    private Figures measure() throws InterruptedException {
        var runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        long server = runtime.totalMemory() - runtime.freeMemory();
        long js = browser.jsHeapAfterGc();
        var applied = browser.attribute("wall", "data-applied");
        return new Figures(server, js, browser.domCounts(), applied == null ? 0 : Long.parseLong(applied));
    }
}
