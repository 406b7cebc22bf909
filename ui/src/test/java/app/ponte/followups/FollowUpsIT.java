package app.ponte.followups;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.browser.BrowserTest;
import app.ponte.browser.Chromium;
import app.ponte.followup.AssignFollowUp;
import app.ponte.followup.FollowUpId;
import app.ponte.followup.FollowUpOrigin;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Two real browsers: an officer completes an overdue follow-up of theirs from the follow-ups list, where it leaves
 * the officer's overdue list, while the program dashboard, open in the other browser and left alone, counts one
 * follow-up fewer overdue without a reload.
 */
class FollowUpsIT extends BrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String OWNER = "officer-following-up";

    private static long overdueCount(Chromium dashboard) {
        return dashboard.patiently().until(driver -> Long.parseLong(
                driver.findElement(By.id("follow-ups-overdue")).getText().strip()));
    }

    @Test
    void aCompletedFollowUpLeavesTheOverdueListAndTheDashboardCountsOneFewer() {
        var followUp = FollowUpId.random();
        var description = "Send ShanghaiTech the cluster's list of hospitals open to joint trials";
        commands.sendAndWait(new AssignFollowUp(followUp, DEMO_PROGRAM, DEMO_MISSION,
                FollowUpOrigin.outcome(DEMO_OUTCOME), OWNER, LocalDate.of(2017, 7, 3), description));

        var dashboard = openSignedIn("dashboard", "programs/" + DEMO_PROGRAM, 1440, 1000, PATIENCE);
        // Once the dashboard lists it as late, its count includes it.
        dashboard.awaitCell("overdue", description);
        long before = overdueCount(dashboard);
        dashboard.markPage();

        var list = openSignedIn("follow-ups", "follow-ups", 1440, 1000, PATIENCE);
        list.await("#owner input").sendKeys(OWNER);
        list.await("#overdue-only").click();
        list.awaitCell("follow-ups", description);
        // The owner filter has reached the grid once the demo's own officer's follow-ups are gone from it.
        list.awaitNoCell("follow-ups", "demo-officer");
        list.screenshot("follow-ups-mine-overdue");

        // The list may still be refreshing from the filters or the assignment when the button is clicked.
        list.clickUntilNoCell("complete-" + followUp, "follow-ups", description);
        list.screenshot("follow-ups-after-complete");

        dashboard.patiently().until(driver -> overdueCount(dashboard) == before - 1);
        dashboard.awaitNoCell("overdue", description);
        dashboard.screenshot("follow-ups-dashboard-after-complete");
        assertThat(dashboard.notReloaded()).isTrue();
    }
}
