package app.ponte.programs;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.followup.FollowUpAssigned;
import app.ponte.followup.FollowUpId;
import app.ponte.followup.FollowUpOrigin;
import app.ponte.mission.MissionId;
import app.ponte.opportunity.OpportunityId;
import app.ponte.opportunity.OpportunityOpened;
import app.ponte.opportunity.OpportunityStage;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationRegistered;
import app.ponte.organization.OrganizationType;
import app.ponte.program.IndicatorDefined;
import app.ponte.program.IndicatorKind;
import app.ponte.program.IndicatorTarget;
import app.ponte.program.ProgramId;
import app.ponte.program.ProgramLaunched;
import app.ponte.shared.CountryCode;
import app.ponte.shared.OutcomeId;
import app.ponte.shared.Period;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.gateway.EventGateway;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two real browsers on the running application: one works on the mission page (schedules a meeting, marks it held,
 * logs an outcome), the other shows the program dashboard and, left alone, counts each step without a reload.
 * Screenshots of every workspace screen are saved in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkspaceIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ProgramId PROGRAM = new ProgramId(demoId("program:miur-italy-china"));
    private static final MissionId MISSION = new MissionId(demoId("mission:alisei-shanghai-2017"));
    private static final OrganizationId MIUR = OrganizationId.random();
    private static final OrganizationId FUDAN = new OrganizationId(demoId("organization:fudan"));
    // Fixed ids: each test publishes them again, and the read models then keep one of each.
    private static final OpportunityId LINK = OpportunityId.random();
    private static final FollowUpId BROCHURE = FollowUpId.random();
    private static final OutcomeId COLLABORATION = OutcomeId.random();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void freshStore(DynamicPropertyRegistry properties) {
        properties.add("ponte.mongodb.uri", () -> "");
        properties.add("ponte.data-dir", () -> dataDir.resolve("store").toString());
    }

    @LocalServerPort
    private int port;

    @Autowired
    private EventGateway events;

    @TempDir
    Path browserProfiles;

    private final List<WebDriver> browsers = new ArrayList<>();

    @BeforeEach
    void describeTheProgram() {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        // The program, its targets and its counterparts, as their own aggregates would have recorded them.
        events.publish(
                new OrganizationRegistered(MIUR, "Ministry of University and Research", null,
                        OrganizationType.MINISTRY, CountryCode.of("IT"), "Rome", null),
                new OrganizationRegistered(FUDAN, "Fudan University", "复旦大学", OrganizationType.UNIVERSITY,
                        CountryCode.of("CN"), "Shanghai", "https://www.fudan.edu.cn"),
                new OrganizationRegistered(new OrganizationId(demoId("organization:shanghaitech")),
                        "ShanghaiTech University", "上海科技大学", OrganizationType.UNIVERSITY, CountryCode.of("CN"),
                        "Shanghai", null),
                new OrganizationRegistered(new OrganizationId(demoId("organization:bracco")),
                        "Bracco Sine Pharmaceutical Corp", null, OrganizationType.COMPANY, CountryCode.of("CN"),
                        "Shanghai", null),
                new OrganizationRegistered(new OrganizationId(demoId("organization:ita")),
                        "ITA – Italian Trade Agency", null, OrganizationType.AGENCY, CountryCode.of("IT"),
                        "Shanghai", null),
                new ProgramLaunched(PROGRAM, "Italy–China research and innovation internationalization", MIUR,
                        List.of(CountryCode.of("CN")), Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31))),
                new IndicatorDefined(PROGRAM, IndicatorKind.MEETINGS_HELD, List.of(new IndicatorTarget(
                        Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)), 8))),
                new IndicatorDefined(PROGRAM, IndicatorKind.COUNTERPARTS_MET, List.of(new IndicatorTarget(
                        Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)), 6))),
                new IndicatorDefined(PROGRAM, IndicatorKind.OUTCOMES_LOGGED, List.of(new IndicatorTarget(
                        Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)), 5))),
                new OpportunityOpened(LINK, PROGRAM, MISSION, COLLABORATION,
                        "Link between the cluster and Italian organizations in China", "Through the consulate",
                        OpportunityStage.QUALIFIED),
                new FollowUpAssigned(BROCHURE, PROGRAM, MISSION, FollowUpOrigin.outcome(COLLABORATION),
                        "officer", LocalDate.of(2017, 6, 15), "Send the cluster's brochure to Fudan University"));
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
        browser.get("http://localhost:" + port + "/" + path);
        return browser;
    }

    private static WebDriverWait patiently(WebDriver browser) {
        return new WebDriverWait(browser, PATIENCE);
    }

    private static void awaitText(WebDriver browser, String text) {
        patiently(browser).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[normalize-space(.)=" + literal(text) + "]")));
    }

    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    private static long number(WebDriver browser, String id) {
        return Long.parseLong(browser.findElement(By.id(id)).getText().strip());
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

    @Test
    void theDashboardCountsAMeetingHeldAndItsOutcomeWithoutReload() throws IOException {
        var dashboard = openBrowser("dashboard", "programs/" + PROGRAM);
        awaitText(dashboard, "Italy–China research and innovation internationalization");
        patiently(dashboard).until(driver -> !driver.findElements(By.id("engagements-scheduled")).isEmpty()
                && number(driver, "engagements-scheduled") >= 6);
        long scheduled = number(dashboard, "engagements-scheduled");
        long held = number(dashboard, "engagements-held");
        long outcomes = number(dashboard, "outcomes-total");
        long meetingsHeld = number(dashboard, "actual-MEETINGS_HELD");
        ((JavascriptExecutor) dashboard).executeScript("window.ponteNotReloaded = true;");
        pause(Duration.ofSeconds(1));
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
        awaitNumber(dashboard, "actual-MEETINGS_HELD", meetingsHeld + 1);

        selectFor(mission, title, "outcome");
        await(mission, "#outcome").click();
        var description = "Collaboration opportunities between the Italian health system and Chinese counterparts";
        await(mission, "#field-description textarea").sendKeys(description);
        screenshot(mission, "workspace-outcome-form");
        confirmDialog(mission);
        awaitText(mission, description);
        screenshot(mission, "workspace-mission");

        awaitNumber(dashboard, "outcomes-total", outcomes + 1);
        awaitNumber(dashboard, "actual-OUTCOMES_LOGGED", outcomes + 1);
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
        awaitText(browser, "Link between the cluster and Italian organizations in China");
        screenshot(browser, "workspace-opportunities");

        browser.get("http://localhost:" + port + "/follow-ups");
        awaitText(browser, "Send the cluster's brochure to Fudan University");
        screenshot(browser, "workspace-follow-ups");

        browser.get("http://localhost:" + port + "/directory");
        awaitText(browser, "复旦大学");
        screenshot(browser, "workspace-directory");

        browser.get("http://localhost:" + port + "/organizations/" + FUDAN);
        awaitText(browser, "Fudan University · 复旦大学");
        awaitText(browser, "Meeting with Fudan University (复旦大学)");
        screenshot(browser, "workspace-organization");

        browser.get("http://localhost:" + port + "/programs");
        awaitText(browser, "Italy–China research and innovation internationalization");
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
