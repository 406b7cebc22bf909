package app.ponte.programs;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.mission.MissionId;
import app.ponte.organization.OrganizationId;
import app.ponte.program.ProgramId;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
 * Two real browsers on the running application: one works on the mission page (schedules a meeting, marks it held,
 * logs an outcome), the other shows the program dashboard and, left alone, counts each step without a reload.
 * Screenshots of every workspace screen, on the demo data, are saved in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkspaceIT {

    private static final String ADMINISTRATOR = "administrator";
    private static final String PASSWORD = "a password for the browser test";

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ProgramId PROGRAM = new ProgramId(demoId("program:miur-italy-china"));
    private static final MissionId MISSION = new MissionId(demoId("mission:alisei-shanghai-2017"));
    private static final OrganizationId FUDAN = new OrganizationId(demoId("organization:fudan"));
    private static final String PROGRAM_NAME = "Italy–China research and innovation internationalization program";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void freshStore(DynamicPropertyRegistry properties) {
        properties.add("ponte.mongodb.uri", () -> "");
        properties.add("ponte.data-dir", () -> dataDir.resolve("store").toString());
        properties.add("ponte.admin.username", () -> ADMINISTRATOR);
        properties.add("ponte.admin.password", () -> PASSWORD);
    }

    @LocalServerPort
    private int port;

    @TempDir
    Path browserProfiles;

    private final List<WebDriver> browsers = new ArrayList<>();

    @BeforeEach
    void quietSelenium() {
        // Selenium must use the Debian driver as it is, and never try to fetch one.
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    private WebDriver openBrowser(String name, String path) throws IOException {
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,1000", "--lang=en-GB",
                "--user-data-dir=" + Files.createDirectories(browserProfiles.resolve(name)));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        var browser = new ChromeDriver(service, options);
        browsers.add(browser);
        signIn(browser);
        browser.get("http://localhost:" + port + "/" + path);
        return browser;
    }

    /** Every workspace screen asks for sign-in first. */
    private void signIn(WebDriver browser) {
        browser.get("http://localhost:" + port + "/login");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys(ADMINISTRATOR);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    // The dashboard redraws its cards on every change, so an element found a moment ago may be gone: look again.
    private static WebDriverWait patiently(WebDriver browser) {
        var wait = new WebDriverWait(browser, PATIENCE);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private static void awaitText(WebDriver browser, String text) {
        patiently(browser).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[normalize-space(.)=" + literal(text) + "]")));
    }

    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    private static long number(WebDriver browser, String id) {
        return patiently(browser).until(driver -> Long.parseLong(driver.findElement(By.id(id)).getText().strip()));
    }

    private static void awaitNumber(WebDriver browser, String id, long expected) {
        patiently(browser).until(driver -> {
            var found = driver.findElements(By.id(id));
            return !found.isEmpty() && found.get(0).getText().strip().equals(String.valueOf(expected));
        });
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        var shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static org.openqa.selenium.WebElement await(WebDriver browser, String css) {
        return patiently(browser).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    }

    private static void confirmDialog(WebDriver browser) {
        browser.findElement(By.id("confirm")).click();
        patiently(browser).until(ExpectedConditions.numberOfElementsToBe(By.id("confirm"), 0));
    }

    /** Selects the engagement unless it still is (a click on a selected row would deselect it). */
    private static void selectFor(WebDriver browser, String title, String action) {
        var button = By.id(action);
        if (browser.findElement(button).getAttribute("disabled") != null) {
            browser.findElement(By.xpath("//vaadin-grid-cell-content[normalize-space(.)=" + literal(title) + "]"))
                    .click();
        }
        patiently(browser).until(driver -> driver.findElement(button).getAttribute("disabled") == null);
    }

    /** The three figures, once the demo data has stopped moving them. */
    private static List<Long> settledFigures(WebDriver dashboard) {
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
    void theDashboardCountsAMeetingHeldAndItsOutcomeWithoutReload() throws IOException {
        var dashboard = openBrowser("dashboard", "programs/" + PROGRAM);
        awaitText(dashboard, PROGRAM_NAME);
        patiently(dashboard).until(driver -> !driver.findElements(By.id("engagements-held")).isEmpty()
                && number(driver, "engagements-held") > 0);
        var before = settledFigures(dashboard);
        long scheduled = before.get(0);
        long held = before.get(1);
        long outcomes = before.get(2);
        ((JavascriptExecutor) dashboard).executeScript("window.ponteNotReloaded = true;");
        screenshot(dashboard, "workspace-dashboard-before");

        var mission = openBrowser("mission", "missions/" + MISSION);
        awaitText(mission, "Meeting with Fudan University (复旦大学)");
        var title = "Meeting with Città della Scienza";
        await(mission, "#schedule").click();
        await(mission, "#field-title input").sendKeys(title);
        await(mission, "#field-venue input").sendKeys("Consulate General of Italy in Shanghai");
        screenshot(mission, "workspace-schedule-form");
        confirmDialog(mission);
        awaitText(mission, title);
        awaitNumber(dashboard, "engagements-scheduled", scheduled + 1);

        selectFor(mission, title, "hold");
        await(mission, "#hold").click();
        await(mission, "#field-minutes textarea").sendKeys("Cooperation on life sciences");
        confirmDialog(mission);
        awaitNumber(dashboard, "engagements-held", held + 1);
        awaitNumber(dashboard, "engagements-scheduled", scheduled);

        selectFor(mission, title, "outcome");
        await(mission, "#outcome").click();
        var description = "Joint research on patient-centric healthcare with Città della Scienza";
        await(mission, "#field-description textarea").sendKeys(description);
        screenshot(mission, "workspace-outcome-form");
        confirmDialog(mission);
        awaitText(mission, description);
        screenshot(mission, "workspace-mission");

        awaitNumber(dashboard, "outcomes-total", outcomes + 1);
        pause(Duration.ofSeconds(1));
        screenshot(dashboard, "workspace-dashboard-after");
        assertThat(((JavascriptExecutor) dashboard).executeScript("return window.ponteNotReloaded === true;"))
                .isEqualTo(true);
        assertThat(dashboard.findElement(By.id("chart-outcomes")).findElements(By.tagName("canvas")))
                .as("ECharts drew the chart").isNotEmpty();
    }

    @Test
    void everyWorkspaceScreenRenders() throws IOException {
        var browser = openBrowser("screens", "opportunities");
        awaitText(browser, "Link between the ALISEI Cluster and Italian organizations in China");
        screenshot(browser, "workspace-opportunities");

        browser.get("http://localhost:" + port + "/follow-ups");
        await(browser, "#open-only").click();
        awaitText(browser, "Send Fudan University the profiles of ALISEI members working on chronic disease "
                + "management");
        screenshot(browser, "workspace-follow-ups");

        browser.get("http://localhost:" + port + "/directory");
        awaitText(browser, "复旦大学");
        screenshot(browser, "workspace-directory");

        browser.get("http://localhost:" + port + "/organizations/" + FUDAN);
        awaitText(browser, "Meeting with Fudan University (复旦大学)");
        screenshot(browser, "workspace-organization");

        browser.get("http://localhost:" + port + "/programs");
        awaitText(browser, PROGRAM_NAME);
        screenshot(browser, "workspace-programs");

        await(browser, "#language").click();
        browser.findElement(By.xpath("//vaadin-select-item[normalize-space(.)='Italiano']")).click();
        awaitText(browser, "Programmi");
        screenshot(browser, "workspace-programs-italian");
    }

    private static UUID demoId(String name) {
        return UUID.nameUUIDFromBytes(("ponte-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
