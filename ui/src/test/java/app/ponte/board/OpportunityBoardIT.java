package app.ponte.board;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.browser.BrowserTest;
import app.ponte.browser.Chromium;
import app.ponte.opportunity.OpenOpportunity;
import app.ponte.opportunity.OpportunityId;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Two real browsers: an officer moves an opportunity forward on the board, and the program dashboard, open in the
 * other browser and left alone, counts it in its new stage of the funnel without a reload.
 */
class OpportunityBoardIT extends BrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String IN_NEGOTIATION = "In negotiation";

    /** The funnel's figure for a stage as ECharts holds it in the page; null until the chart is drawn. */
    private static Long funnel(Chromium dashboard, String stage) {
        var value = dashboard.run("""
                const element = document.getElementById('chart-funnel');
                const chart = element && window.echarts && echarts.getInstanceByDom(element);
                if (!chart) { return null; }
                const option = chart.getOption();
                const at = option.yAxis[0].data.indexOf(arguments[0]);
                return at < 0 ? 0 : option.series[0].data[at];
                """, stage);
        return value == null ? null : ((Number) value).longValue();
    }

    private static String columnHeading(Chromium board, String stage) {
        return board.driver().findElement(By.cssSelector("#column-" + stage + " h4")).getText().strip();
    }

    @Test
    void anOpportunityMovedOnTheBoardMovesInTheDashboardsFunnelWithoutReload() {
        var opportunity = OpportunityId.random();
        var title = "Joint laboratory on chronic diseases with Fudan University";
        commands.sendAndWait(new OpenOpportunity(opportunity, DEMO_OUTCOME, DEMO_MISSION, DEMO_PROGRAM, title,
                "A shared laboratory for the cluster's members and Fudan's hospital."));

        var dashboard = openSignedIn("dashboard", "programs/" + DEMO_PROGRAM, 1440, 1000, PATIENCE);
        // Nothing else moves an opportunity into negotiation: the figure before is the funnel's own.
        long before = dashboard.patiently().until(driver -> funnel(dashboard, IN_NEGOTIATION));
        dashboard.markPage();

        var board = openSignedIn("board", "opportunities", 1440, 1000, PATIENCE);
        board.awaitText(title);
        board.patiently().until(driver -> columnHeading(board, "IN_NEGOTIATION").equals(
                IN_NEGOTIATION + " (" + before + ")"));
        board.screenshot("board-before-move");

        board.await("#move-" + opportunity).click();
        board.patiently().until(driver -> driver.findElement(
                By.xpath("//vaadin-select-item[normalize-space(.)='" + IN_NEGOTIATION + "']"))).click();

        board.patiently().until(driver -> !driver.findElements(By.cssSelector(
                "#column-IN_NEGOTIATION #card-" + opportunity)).isEmpty());
        board.patiently().until(driver -> columnHeading(board, "IN_NEGOTIATION").equals(
                IN_NEGOTIATION + " (" + (before + 1) + ")"));
        board.screenshot("board-after-move");

        dashboard.patiently().until(driver -> Long.valueOf(before + 1).equals(funnel(dashboard, IN_NEGOTIATION)));
        dashboard.run("document.getElementById('chart-funnel').scrollIntoView({block: 'center'});");
        dashboard.screenshot("board-dashboard-funnel-after-move");
        assertThat(dashboard.notReloaded()).isTrue();
    }
}
