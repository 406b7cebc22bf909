package app.ponte.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A wall screen left alone through a server restart and through a network cut comes back by itself and shows the
 * data as it is now, not as it was.
 */
class WallRecoveryIT {

    private static final Logger log = LoggerFactory.getLogger(WallRecoveryIT.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

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

    @Test
    void aScreenRecoversAfterTheServerRestartsUnderIt() throws Exception {
        server = WallServer.start(dataDir.resolve("store"));
        var program = server.launchProgram();
        var mission = server.planMission(program, "Restart mission");
        server.schedule(mission, "Meeting before the restart", 1);
        var token = server.links().create("Office screen", program, null, null).token();
        browser = new WallBrowser(profile.resolve("chromium"));
        browser.open(server.url("display/" + token));
        browser.await(PATIENCE, () -> browser.kpi("scheduled") == 1);

        server.stop();
        Thread.sleep(3000);
        server.start();
        long restartedAt = System.currentTimeMillis();
        server.schedule(mission, "Meeting after the restart", 2);

        browser.await(PATIENCE, () -> browser.kpi("scheduled") == 2);
        log.info("Screen showed current data {} ms after the server was back",
                System.currentTimeMillis() - restartedAt);
        browser.screenshot("wall-after-restart");
        assertThat(browser.attribute("wall", "data-state")).isEqualTo("live");
        assertThat(browser.has("wall-updated")).isTrue();
    }

    @Test
    void aScreenCatchesUpAfterANetworkCut() throws Exception {
        server = WallServer.start(dataDir.resolve("store"));
        var program = server.launchProgram();
        var mission = server.planMission(program, "Network cut mission");
        server.schedule(mission, "Meeting before the cut", 1);
        var token = server.links().create("Booth screen", program, null, null).token();
        browser = new WallBrowser(profile.resolve("chromium"));
        browser.open(server.url("display/" + token));
        browser.await(PATIENCE, () -> browser.kpi("scheduled") == 1);

        var driver = browser.driver();
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        server.schedule(mission, "Meeting during the cut", 2);
        server.schedule(mission, "Another meeting during the cut", 3);
        Thread.sleep(12_000);
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        long restoredAt = System.currentTimeMillis();

        browser.await(PATIENCE, () -> browser.kpi("scheduled") == 3);
        log.info("Screen showed current data {} ms after the network was back",
                System.currentTimeMillis() - restoredAt);
        assertThat(browser.attribute("wall", "data-state")).isEqualTo("live");
    }
}
