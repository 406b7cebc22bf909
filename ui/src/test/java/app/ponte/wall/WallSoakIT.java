package app.ponte.wall;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.mission.EngagementId;
import app.ponte.mission.MissionId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
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
        var program = server.launchProgram();
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
        for (var group : GROUPS.entrySet()) {
            log.info("Soak heap, {}: {} -> {} MB, {} -> {} objects", group.getKey(),
                    mb(before.heap().bytes(group.getValue())), mb(after.heap().bytes(group.getValue())),
                    before.heap().instances(group.getValue()), after.heap().instances(group.getValue()));
        }
        for (var grown : after.heap().grownSince(before.heap(), 20)) {
            log.info("Soak heap grew: {} MB, {} objects of {}", mb(grown.bytes()), grown.instances(), grown.name());
        }
        browser.screenshot("wall-after-soak");
        assertThat(after.browserBytes()).isLessThan(before.browserBytes() * 2 + 8_000_000L);
        // What serves the screen stays flat: the objects of Vaadin, Atmosphere, the wall and its live query.
        assertThat(after.heap().instances(SCREENS)).as("screen objects")
                .isLessThan(before.heap().instances(SCREENS) * 11 / 10 + 500);
        assertThat(after.heap().instances("com.vaadin.flow.internal.StateNode")).as("Vaadin state nodes")
                .isLessThan(before.heap().instances("com.vaadin.flow.internal.StateNode") + 200);
        assertThat(after.heap().instances(LIVE_QUERIES)).as("live-query objects")
                .isLessThan(before.heap().instances(LIVE_QUERIES) + 100);
        // The event store's cache grows with the events written, up to its bound, and no further.
        assertThat(after.heap().instances(EVENT_CACHE_NODE)).as("cached events").isLessThanOrEqualTo(EVENT_CACHE + 1);
        // Everything together, the cache and the store's growth included, with room for a full cache.
        assertThat(after.serverBytes()).isLessThan(before.serverBytes() + 128_000_000L);
    }

    private void reschedule(List<Planned> planned, int from, int to) {
        for (int i = from; i < to; i++) {
            var next = planned.get(i % planned.size());
            // Alternating between two slots, so every command moves the engagement.
            server.reschedule(next.mission(), next.engagement(), 200 + (i / planned.size()) % 2);
        }
    }

    /*
     * Who holds what on the server. The embedded store keeps its data in memory and Axon's event store keeps the
     * latest events (at most EVENT_CACHE) for its tailing readers: both grow with the events written. What serves
     * the screen must not grow.
     */
    private static final Map<String, Predicate<String>> GROUPS = new LinkedHashMap<>();
    private static final String EVENT_CACHE_NODE = "org.axonframework.eventsourcing.eventstore.EmbeddedEventStore$Node";
    private static final int EVENT_CACHE = 10_000;
    private static final Predicate<String> SCREENS = HeapHistogram.startingWith("com.vaadin.", "org.atmosphere.",
            "app.ponte.wall.Display", "app.ponte.wall.WallFacade");
    private static final Predicate<String> LIVE_QUERIES = HeapHistogram.startingWith(
            "org.axonframework.queryhandling.", "reactor.", "app.ponte.live.");

    static {
        GROUPS.put("embedded store (mongo-java-server, H2)", HeapHistogram.startingWith("de.bwaldvogel.", "org.h2."));
        GROUPS.put("event store's cache of recent events", EVENT_CACHE_NODE::equals);
        GROUPS.put("screens (Vaadin, Atmosphere, wall views)", SCREENS);
        GROUPS.put("live queries (Axon query handling, Reactor, relay)", LIVE_QUERIES);
    }

    private static String mb(long bytes) {
        return String.format("%.1f", bytes / 1e6);
    }

    private record Figures(long serverBytes, long browserBytes, Object dom, long applied, HeapHistogram heap) {

        String serverMb() {
            return String.format("%.1f", serverBytes / 1e6);
        }

        String browserMb() {
            return String.format("%.1f", browserBytes / 1e6);
        }
    }

    private Figures measure() {
        var heap = HeapHistogram.take();
        long js = browser.jsHeapAfterGc();
        var applied = browser.attribute("wall", "data-applied");
        return new Figures(heap.heapBytes(), js, browser.domCounts(), applied == null ? 0 : Long.parseLong(applied),
                heap);
    }
}
