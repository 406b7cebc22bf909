package app.ponte.wall;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.browser.BrowserTest;
import app.ponte.opportunity.OpenOpportunity;
import app.ponte.opportunity.OpportunityId;
import app.ponte.program.ProgramId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wall's charts drawn with real figures: the demo program (its indicators and targets, and an opportunity
 * opened here) on a 1080p and a 4K screen. Each chart must hold its data, have room to draw in, and leave the page
 * without scrolling. {@link WallIT}'s layout test uses a program without indicators or opportunities, where the
 * panels show their empty messages instead. It found the chart library sent to the sign-in page for screens, which
 * open without signing in.
 */
class WallChartsIT {

    private static final Logger log = LoggerFactory.getLogger(WallChartsIT.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ProgramId PROGRAM = BrowserTest.DEMO_PROGRAM;

    @TempDir
    static Path dataDir;

    private static WallServer server;

    @TempDir
    Path profile;

    private WallBrowser browser;

    @BeforeAll
    static void startServer() {
        server = WallServer.start(dataDir.resolve("store"), Map.of("ponte.demo.enabled", "true"));
        server.commands().sendAndWait(new OpenOpportunity(OpportunityId.random(), BrowserTest.DEMO_OUTCOME,
                BrowserTest.DEMO_MISSION, PROGRAM,
                "Joint laboratory with Fudan University", "A shared laboratory for the cluster's members."));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theIndicatorAndFunnelChartsDrawTheirFiguresOnA1080pScreen() throws Exception {
        checkCharts("it", 1920, 1080, "1080p");
    }

    @Test
    void theIndicatorAndFunnelChartsDrawTheirFiguresOnA4kScreen() throws Exception {
        checkCharts("en", 3840, 2160, "4k");
    }

    private void checkCharts(String language, int width, int height, String name) throws Exception {
        var token = server.links().create("Charts screen", PROGRAM, null, Duration.ofSeconds(3)).token();
        browser = new WallBrowser(profile.resolve("chromium-" + name));
        browser.screen(width, height);
        browser.open(server.url("display/" + token + "?lang=" + language));
        browser.await(PATIENCE, () -> browser.kpi("opportunities") >= 1);
        for (var panel : new String[] {"indicators", "funnel"}) {
            var index = Integer.toString(DisplayView.PANELS.indexOf(panel));
            browser.await(PATIENCE, () -> index.equals(browser.attribute("wall", "data-panel")));
            // ECharts draws after the panel shows; its instance then holds the figures the server sent.
            browser.await(PATIENCE, () -> chart() != null && chart().get("points").longValue() > 0);
            var chart = chart();
            var page = (Map<?, ?>) browser.run("""
                    const page = document.documentElement;
                    return { height: page.scrollHeight, width: page.scrollWidth };
                    """);
            log.info("Wall {} {} chart: {}, page {}", name, panel, chart, page);
            assertThat(chart.get("width").longValue()).as(panel + " chart width").isGreaterThan(width / 3)
                    .isLessThanOrEqualTo(width);
            assertThat(chart.get("height").longValue()).as(panel + " chart height").isGreaterThan(height / 5);
            assertThat(((Number) page.get("height")).longValue()).as("page height").isLessThanOrEqualTo(height);
            assertThat(((Number) page.get("width")).longValue()).as("page width").isLessThanOrEqualTo(width);
            // The demo program's long name must not push the updated stamp or the last tile off the screen.
            for (var id : new String[] {"wall-updated", "kpi-opportunities"}) {
                var right = ((Number) browser.run(
                        "return document.getElementById(arguments[0]).getBoundingClientRect().right;", id)).doubleValue();
                assertThat(right).as(id + "'s right edge").isLessThanOrEqualTo(width);
            }
            browser.screenshot("wall-" + name + "-" + panel + "-chart");
        }
    }

    /** The shown panel's chart as ECharts holds it: how many data points its first series has, and its size. */
    @SuppressWarnings("unchecked")
    private Map<String, Number> chart() {
        return (Map<String, Number>) browser.run("""
                const element = document.querySelector('.wall-panel:not([hidden]) .wall-chart');
                const chart = element && window.echarts && echarts.getInstanceByDom(element);
                if (!chart) { return null; }
                const series = chart.getOption().series || [];
                const points = series.length ? (series[0].data || []).length : 0;
                return { points: points, width: element.clientWidth, height: element.clientHeight };
                """);
    }
}
