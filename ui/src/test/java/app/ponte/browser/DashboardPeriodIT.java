package app.ponte.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The dashboard's period selector in a real browser: choosing the demo mission's year, 2017, changes the indicators'
 * actuals and targets from the current period's (2018, long after the program's end) to that year's. Saved as
 * {@code dashboard-period-<choice>} under target/screenshots.
 */
class DashboardPeriodIT extends BrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static String card(Chromium browser, String kind) {
        return browser.driver().findElement(By.id("actual-" + kind)).findElement(By.xpath("..")).getText()
                .replaceAll("\\s+", " ").strip();
    }

    private static void choose(Chromium browser, String label) {
        browser.await("#period-choice").click();
        browser.patiently().until(driver -> driver.findElement(
                By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']"))).click();
    }

    @Test
    void choosingTheDemoMissionsYearShowsItsMeetingsAgainstThatYearsTarget() {
        var browser = openSignedIn("dashboard-period", "programs/" + DEMO_PROGRAM, 1280, 800, PATIENCE);
        browser.patiently().until(driver -> card(browser, "MEETINGS_HELD").equals("0 / 15"));
        browser.screenshot("dashboard-period-current");

        choose(browser, "2017");
        var in2017 = browser.patiently().until(driver -> {
            var text = card(browser, "MEETINGS_HELD");
            return text.endsWith(" / 12") ? text : null;
        });
        assertThat(Long.parseLong(in2017.substring(0, in2017.indexOf(' '))))
                .as("the seed mission's five meetings at least").isGreaterThanOrEqualTo(5);
        assertThat(browser.driver().findElement(By.id("period-MEETINGS_HELD")).getText())
                .isEqualTo("Target period 2017-01-01 – 2017-12-31");
        browser.screenshot("dashboard-period-2017");

        choose(browser, "All time");
        browser.patiently().until(driver -> card(browser, "MEETINGS_HELD").endsWith(" / 27"));
        choose(browser, "Current period");
        browser.patiently().until(driver -> card(browser, "MEETINGS_HELD").equals("0 / 15"));
    }
}
