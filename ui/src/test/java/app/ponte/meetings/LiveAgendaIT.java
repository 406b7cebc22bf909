package app.ponte.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.browser.BrowserTest;
import app.ponte.browser.Chromium;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Two real browsers on the running application: one schedules a meeting through the form, the other, left alone,
 * shows it without being reloaded (subscription query, then server push).
 */
class LiveAgendaIT extends BrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String FUDAN_MEETING = "Meeting with Fudan University (复旦大学)";

    /** The meetings screen is where a signed-in officer lands. */
    private Chromium openMeetings(String name) {
        return openMeetings(name, 1400, 900);
    }

    private Chromium openMeetings(String name, int width, int height) {
        var browser = openSignedIn(name, "", width, height, PATIENCE);
        browser.await("#mission");
        browser.awaitCell(FUDAN_MEETING);
        return browser;
    }

    @Test
    void aMeetingScheduledInOneBrowserAppearsInTheOtherWithoutReload() {
        var watching = openMeetings("watching");
        // A page reload would lose this mark: it proves the row arrived by push.
        watching.markPage();

        var scheduling = openMeetings("scheduling");
        var title = "Meeting with Città della Scienza";
        var form = scheduling.driver();
        form.findElement(By.cssSelector("#meeting-title input")).sendKeys(title);
        form.findElement(By.cssSelector("#meeting-venue input")).sendKeys("Consulate General of Italy");
        form.findElement(By.cssSelector("#meeting-themes input")).sendKeys("life sciences");
        // A plain click, as a person would: it fails if the layout covers the button.
        scheduling.await("#schedule-meeting").click();
        scheduling.awaitCell(title);
        scheduling.screenshot("live-agenda-scheduling-browser");

        watching.awaitCell(title);
        watching.screenshot("live-agenda-watching-browser");
        assertThat(watching.notReloaded()).isTrue();
    }

    @Test
    void insideTheMainLayoutNothingCoversTheFormAtTheTestsSizeOrALaptops() {
        for (var size : new int[][] {{1400, 900}, {1280, 800}}) {
            var browser = openMeetings("layout-" + size[0], size[0], size[1]);
            browser.await("#navigation");
            for (var id : new String[] {"mission", "meeting-title", "meeting-themes", "schedule-meeting"}) {
                assertThat(browser.uncovered(id)).as("%s at %dx%d", id, size[0], size[1]).isTrue();
            }
            browser.screenshot("meetings-in-layout-" + size[0] + "x" + size[1]);
        }
    }
}
