package app.ponte.programs;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.browser.BrowserTest;
import app.ponte.browser.Chromium;
import app.ponte.organization.OrganizationId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Two real browsers on the running application: one works on the mission page (schedules a meeting, marks it held,
 * logs an outcome), the other shows the program dashboard and, left alone, counts each step without a reload.
 * Screenshots of every workspace screen, on the demo data, are saved in target/screenshots.
 */
class WorkspaceIT extends BrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final OrganizationId FUDAN = new OrganizationId(demoId("organization:fudan"));

    private Chromium openBrowser(String name, String path) {
        return openSignedIn(name, path, 1440, 1000, PATIENCE);
    }

    private static long number(Chromium browser, String id) {
        return browser.patiently().until(driver -> Long.parseLong(driver.findElement(By.id(id)).getText().strip()));
    }

    private static void awaitNumber(Chromium browser, String id, long expected) {
        browser.patiently().until(driver -> {
            var found = driver.findElements(By.id(id));
            return !found.isEmpty() && found.get(0).getText().strip().equals(String.valueOf(expected));
        });
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void confirmDialog(Chromium browser) {
        browser.driver().findElement(By.id("confirm")).click();
        browser.patiently().until(ExpectedConditions.numberOfElementsToBe(By.id("confirm"), 0));
    }

    /** Selects the engagement unless it still is (a click on a selected row would deselect it). */
    private static void selectFor(Chromium browser, String title, String action) {
        var button = By.id(action);
        if (browser.driver().findElement(button).getAttribute("disabled") != null) {
            browser.awaitCell(title).click();
        }
        browser.patiently().until(driver -> driver.findElement(button).getAttribute("disabled") == null);
    }

    /** The three figures, once the demo data has stopped moving them. */
    private static List<Long> settledFigures(Chromium dashboard) {
        List<Long> previous = List.of();
        while (true) {
            pause(Duration.ofMillis(1500));
            var now = List.of(number(dashboard, "engagements-scheduled"), number(dashboard, "engagements-held"),
                    number(dashboard, "outcomes-total"));
            if (now.equals(previous)) {
                return now;
            }
            previous = now;
        }
    }

    @Test
    void theDashboardCountsAMeetingHeldAndItsOutcomeWithoutReload() {
        var dashboard = openBrowser("dashboard", "programs/" + DEMO_PROGRAM);
        dashboard.awaitText(DEMO_PROGRAM_NAME);
        dashboard.patiently().until(driver -> !driver.findElements(By.id("engagements-held")).isEmpty()
                && number(dashboard, "engagements-held") > 0);
        var before = settledFigures(dashboard);
        long scheduled = before.get(0);
        long held = before.get(1);
        long outcomes = before.get(2);
        dashboard.markPage();
        dashboard.screenshot("workspace-dashboard-before");

        var mission = openBrowser("mission", "missions/" + DEMO_MISSION);
        mission.awaitText("Meeting with Fudan University (复旦大学)");
        var title = "Meeting with Città della Scienza";
        mission.await("#schedule").click();
        mission.await("#field-title input").sendKeys(title);
        mission.await("#field-venue input").sendKeys("Consulate General of Italy in Shanghai");
        mission.screenshot("workspace-schedule-form");
        confirmDialog(mission);
        mission.awaitText(title);
        awaitNumber(dashboard, "engagements-scheduled", scheduled + 1);

        selectFor(mission, title, "hold");
        mission.await("#hold").click();
        mission.await("#field-minutes textarea").sendKeys("Cooperation on life sciences");
        confirmDialog(mission);
        awaitNumber(dashboard, "engagements-held", held + 1);
        awaitNumber(dashboard, "engagements-scheduled", scheduled);

        selectFor(mission, title, "outcome");
        mission.await("#outcome").click();
        var description = "Joint research on patient-centric healthcare with Città della Scienza";
        mission.await("#field-description textarea").sendKeys(description);
        mission.screenshot("workspace-outcome-form");
        confirmDialog(mission);
        mission.awaitText(description);
        mission.screenshot("workspace-mission");

        awaitNumber(dashboard, "outcomes-total", outcomes + 1);
        pause(Duration.ofSeconds(1));
        dashboard.screenshot("workspace-dashboard-after");
        assertThat(dashboard.notReloaded()).isTrue();
        assertThat(dashboard.driver().findElement(By.id("chart-outcomes")).findElements(By.tagName("canvas")))
                .as("ECharts drew the chart").isNotEmpty();
    }

    @Test
    void everyWorkspaceScreenRenders() {
        var browser = openBrowser("screens", "opportunities");
        browser.awaitText("Link between the ALISEI Cluster and Italian organizations in China");
        browser.screenshot("workspace-opportunities");

        browser.driver().get(url("follow-ups"));
        browser.await("#open-only").click();
        browser.awaitText("Send Fudan University the profiles of ALISEI members working on chronic disease "
                + "management");
        browser.screenshot("workspace-follow-ups");

        browser.driver().get(url("directory"));
        browser.awaitText("复旦大学");
        browser.screenshot("workspace-directory");

        browser.driver().get(url("organizations/" + FUDAN));
        browser.awaitText("Meeting with Fudan University (复旦大学)");
        browser.screenshot("workspace-organization");

        browser.driver().get(url("programs"));
        browser.awaitText(DEMO_PROGRAM_NAME);
        browser.screenshot("workspace-programs");

        browser.await("#language").click();
        browser.driver().findElement(By.xpath("//vaadin-select-item[normalize-space(.)='Italiano']")).click();
        browser.awaitText("Programmi");
        browser.screenshot("workspace-programs-italian");
    }
}
