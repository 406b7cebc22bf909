package app.ponte.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.browser.BrowserTest;
import app.ponte.browser.Chromium;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The audit screen in a real browser on the running application: the log of the demo events, its CSV export as the
 * browser downloads it, the agenda as of now under its historical banner, a verify of the hash chain, and the
 * as-of picker's date in English and in Italian.
 */
class AuditIT extends BrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static void openTab(Chromium browser, String label) {
        browser.driver().findElement(By.xpath("//vaadin-tab[normalize-space(.)='" + label + "']")).click();
    }

    @Test
    void aManagerReadsTheLogExportsItSeesThePastAndVerifiesTheRecord() {
        var browser = openSignedIn("auditor", "audit", 1400, 900, PATIENCE);
        // The log fills as the audit processor catches up with the demo data: reload until it shows. Newest first,
        // the demo's mission events are past the rows the grid renders; the export below holds them all.
        browser.patiently().until(driver -> {
            driver.get(url("audit"));
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//vaadin-grid-cell-content[normalize-space(.)='system (SYSTEM)']")));
                return true;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                return false;
            }
        });
        browser.awaitCell("system (SYSTEM)");
        browser.screenshot("audit-log");

        Object csv = browser.driver().executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(document.querySelector('#audit-export').href).then(r => r.text()).then(done);");
        assertThat(csv.toString()).startsWith("number,at,user,role,source,record type,record id,program,event")
                .contains(",mission,", ",Mission planned,", ",Engagement scheduled,");

        openTab(browser, "As of");
        browser.patiently().until(ExpectedConditions.elementToBeClickable(By.id("show-as-of"))).click();
        browser.patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.id("historical-banner"),
                "Historical view: the agenda (1 mission)"));
        browser.awaitCell("Meeting with Fudan University (复旦大学)");
        // ISO in English: not the month-first US order, nor the day-first order this en-GB browser would pick itself;
        // the time on the 24-hour clock, as the banner writes it.
        awaitShownDate(browser, "\\d{4}-\\d{2}-\\d{2} \\d{1,2}:\\d{2}");
        browser.screenshot("audit-as-of");

        openTab(browser, "Tamper evidence");
        browser.await("#verify-chain");
        browser.patiently().until(driver -> {
            driver.findElement(By.id("verify-chain")).click();
            return driver.findElement(By.id("verify-result")).getText().matches("All \\d+ events verify\\..*");
        });
        browser.screenshot("audit-verify");

        browser.await("#language").click();
        browser.patiently().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='Italiano']"))).click();
        browser.patiently().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-tab[normalize-space(.)='Situazione a una data']")));
        openTab(browser, "Situazione a una data");
        awaitShownDate(browser, "\\d{2}/\\d{2}/\\d{4} \\d{1,2}:\\d{2}");
        browser.screenshot("audit-as-of-italian");
    }

    /** The as-of picker's date and time, as the person reads them in the fields. */
    private static void awaitShownDate(Chromium browser, String pattern) {
        browser.patiently().until(driver -> String.valueOf(((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#as-of-moment input')).map(i => i.value).join(' ');"))
                .matches(pattern));
    }
}
