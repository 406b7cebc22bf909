package app.ponte.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.program.ProgramId;
import app.ponte.security.Role;
import app.ponte.security.UserDirectory;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The "History" action of records, in a real browser: from a mission, an organization, a contact and an opportunity
 * it opens that record's history in the audit, with nothing typed. A cluster manager of another program reaches the
 * same address and reads nothing of the record; a program officer is not offered the action.
 */
class RecordHistoryIT extends BrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String CONSULATE = demoId("organization:consulate-shanghai").toString();

    @Autowired
    private UserDirectory users;

    private static void opensHistory(Chromium browser, String buttonId, String type, String event) {
        // Row buttons sit low in the page; centred first, as a person scrolls to them, so no header covers them.
        var button = browser.await("#" + buttonId);
        browser.run("arguments[0].scrollIntoView({block: 'center'});", button);
        browser.patiently().until(driver -> browser.uncovered(buttonId));
        button.click();
        browser.patiently().until(driver -> driver.getCurrentUrl().contains("/audit?")
                && driver.getCurrentUrl().contains("type=" + type));
        browser.awaitCell("history", event);
    }

    @Test
    void eachRecordsHistoryActionOpensThatRecordsHistory() {
        var browser = openSignedIn("record-history", "missions/" + DEMO_MISSION, 1280, 800, PATIENCE);
        opensHistory(browser, "mission-history", "MISSION", "Mission planned");
        assertThat(browser.driver().getCurrentUrl()).contains("id=" + DEMO_MISSION);
        browser.screenshot("record-history-mission");

        browser.driver().get(url("organizations/" + CONSULATE));
        opensHistory(browser, "organization-history", "ORGANIZATION", "Organization registered");

        browser.driver().get(url("organizations/" + CONSULATE));
        var pagani = demoId("contact:roberto-pagani");
        opensHistory(browser, "contact-history-" + pagani, "CONTACT", "Contact added");
        assertThat(browser.driver().getCurrentUrl()).contains("id=" + pagani);

        browser.driver().get(url("opportunities"));
        var opportunity = demoId("opportunity:cluster-link-in-china");
        opensHistory(browser, "opportunity-history-" + opportunity, "OPPORTUNITY", "Opportunity opened");
    }

    @Test
    void theHistoryIsReadWithinTheReadersPrograms() {
        if (users.byUsername("other-program-manager").isEmpty()) {
            users.create("other-program-manager", PASSWORD, Role.CLUSTER_MANAGER, Set.of(ProgramId.random()));
        }
        if (users.byUsername("demo-officer-browser").isEmpty()) {
            users.create("demo-officer-browser", PASSWORD, Role.PROGRAM_OFFICER, Set.of(DEMO_PROGRAM));
        }
        var base = url("").replaceAll("/$", "");
        try (var manager = Chromium.open(profiles.resolve("other-manager"), 1280, 800, PATIENCE);
                var officer = Chromium.open(profiles.resolve("officer"), 1280, 800, PATIENCE)) {
            manager.signIn(base, "other-program-manager", PASSWORD);
            manager.driver().get(url("audit?type=MISSION&id=" + DEMO_MISSION));
            manager.awaitText("No history for this record (unknown, or outside your programs).");
            manager.awaitNoCell("history", "Mission planned");

            officer.signIn(base, "demo-officer-browser", PASSWORD);
            officer.driver().get(url("missions/" + DEMO_MISSION));
            officer.await("#mission-report");
            assertThat(officer.driver().findElements(By.id("mission-history"))).isEmpty();
            assertThat(officer.driver().findElements(By.id("engagement-history"))).isEmpty();
        }
    }
}
