package app.ponte.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * Two real browsers on the running application: one schedules a meeting through the form, the other, left alone,
 * shows it without being reloaded (subscription query, then server push).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiveAgendaIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void freshStore(DynamicPropertyRegistry properties) {
        properties.add("ponte.mongodb.uri", () -> "");
        properties.add("ponte.data-dir", () -> dataDir.resolve("store").toString());
        properties.add("ponte.admin.username", () -> ADMINISTRATOR);
        properties.add("ponte.admin.password", () -> PASSWORD);
    }

    private static final String ADMINISTRATOR = "administrator";
    private static final String PASSWORD = "a password for the browser test";

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

    private WebDriver openBrowser(String name) throws IOException {
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900",
                "--user-data-dir=" + Files.createDirectories(browserProfiles.resolve(name)));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        var browser = new ChromeDriver(service, options);
        browsers.add(browser);
        browser.get("http://localhost:" + port + "/");
        signIn(browser);
        return browser;
    }

    /** The meetings screen asks for sign-in first, and comes back once signed in. */
    private static void signIn(WebDriver browser) {
        var wait = new WebDriverWait(browser, PATIENCE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys(ADMINISTRATOR);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mission")));
    }

    private static void awaitAgendaShowing(WebDriver browser, String title) {
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)=" + xpathLiteral(title) + "]")));
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        var shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aMeetingScheduledInOneBrowserAppearsInTheOtherWithoutReload() throws IOException {
        var watching = openBrowser("watching");
        awaitAgendaShowing(watching, "Meeting with Fudan University (复旦大学)");
        // A page reload would lose this marker: it proves the row arrived by push.
        ((JavascriptExecutor) watching).executeScript("window.ponteNotReloaded = true;");

        var scheduling = openBrowser("scheduling");
        awaitAgendaShowing(scheduling, "Meeting with Fudan University (复旦大学)");
        var title = "Meeting with Città della Scienza";
        scheduling.findElement(By.cssSelector("#meeting-title input")).sendKeys(title);
        scheduling.findElement(By.cssSelector("#meeting-venue input")).sendKeys("Consulate General of Italy");
        scheduling.findElement(By.cssSelector("#meeting-themes input")).sendKeys("life sciences");
        scheduling.findElement(By.id("schedule-meeting")).click();
        awaitAgendaShowing(scheduling, title);
        screenshot(scheduling, "live-agenda-scheduling-browser");

        awaitAgendaShowing(watching, title);
        screenshot(watching, "live-agenda-watching-browser");
        assertThat(((JavascriptExecutor) watching).executeScript("return window.ponteNotReloaded === true;"))
                .isEqualTo(true);
    }
}
