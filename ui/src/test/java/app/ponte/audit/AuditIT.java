package app.ponte.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The audit screen in a real browser on the running application: the log of the demo events, its CSV export as the
 * browser downloads it, the agenda as of now under its historical banner, and a verify of the hash chain.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void freshStore(DynamicPropertyRegistry properties) {
        properties.add("ponte.mongodb.uri", () -> "");
        properties.add("ponte.data-dir", () -> dataDir.resolve("store").toString());
        properties.add("ponte.admin.username", () -> "administrator");
        properties.add("ponte.admin.password", () -> "a password for the browser test");
    }

    @LocalServerPort
    private int port;

    @TempDir
    Path browserProfile;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws IOException {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900",
                "--user-data-dir=" + Files.createDirectories(browserProfile.resolve("auditor")));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        signIn();
    }

    private void signIn() {
        browser.get("http://localhost:" + port + "/login");
        patiently().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys("administrator");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("a password for the browser test");
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        patiently().until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebDriverWait patiently() {
        return new WebDriverWait(browser, PATIENCE);
    }

    private void awaitCell(String text) {
        patiently().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + text + "']")));
    }

    private void openTab(String label) {
        browser.findElement(By.xpath("//vaadin-tab[normalize-space(.)='" + label + "']")).click();
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        var shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aManagerReadsTheLogExportsItSeesThePastAndVerifiesTheRecord() throws IOException {
        // The log fills as the audit processor catches up with the demo data: reload until it shows. Newest first,
        // the demo's mission events are past the rows the grid renders; the export below holds them all.
        patiently().until(driver -> {
            driver.get("http://localhost:" + port + "/audit");
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//vaadin-grid-cell-content[normalize-space(.)='system (SYSTEM)']")));
                return true;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                return false;
            }
        });
        awaitCell("system (SYSTEM)");
        screenshot("audit-log");

        Object csv = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(document.querySelector('#audit-export').href).then(r => r.text()).then(done);");
        assertThat(csv.toString()).startsWith("number,at,user,role,source,record type,record id,program,event")
                .contains(",mission,", ",Mission planned,", ",Engagement scheduled,");

        openTab("As of");
        patiently().until(ExpectedConditions.elementToBeClickable(By.id("show-as-of"))).click();
        patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.id("historical-banner"),
                "Historical view: the agenda (1 mission)"));
        awaitCell("Meeting with Fudan University (复旦大学)");
        screenshot("audit-as-of");

        openTab("Tamper evidence");
        patiently().until(ExpectedConditions.elementToBeClickable(By.id("verify-chain")));
        patiently().until(driver -> {
            driver.findElement(By.id("verify-chain")).click();
            return driver.findElement(By.id("verify-result")).getText().matches("All \\d+ events verify\\..*");
        });
        screenshot("audit-verify");
    }
}
