package app.ponte.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium, driven by the Debian chromedriver, with a profile of its own. Tests that need more
 * than the shared set-up (a wall screen's performance log, say) start from {@link #options} and add to it.
 */
public final class Chromium implements AutoCloseable {

    /** Where every browser test leaves its screenshots. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final String BINARY = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final Duration patience;

    private Chromium(ChromeDriver driver, Duration patience) {
        this.driver = driver;
        this.patience = patience;
    }

    /**
     * The options every browser test shares: headless, quiet (no first-run, sync, update or background traffic that
     * would fetch from the network), a fixed window and a fresh profile, English unless a test says otherwise.
     */
    public static ChromeOptions options(Path profile, int width, int height) {
        var options = new ChromeOptions();
        options.setBinary(BINARY);
        try {
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--lang=en-GB", "--window-size=" + width + "," + height,
                    "--user-data-dir=" + Files.createDirectories(profile));
        } catch (IOException cannotCreate) {
            throw new UncheckedIOException(cannotCreate);
        }
        return options;
    }

    /** Starts a browser with the given options; Selenium uses the Debian driver as it is and never fetches one. */
    public static ChromeDriver start(ChromeOptions options) {
        System.setProperty("webdriver.chrome.driver", DRIVER);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** A browser with the shared options, waiting up to {@code patience} for anything it is asked to wait for. */
    public static Chromium open(Path profile, int width, int height, Duration patience) {
        return new Chromium(start(options(profile, width, height)), patience);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Signs in through the application's sign-in form and waits until the application has let the browser past it.
     */
    public void signIn(String baseUrl, String username, String password) {
        driver.get(baseUrl + "/login");
        patiently().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        patiently().until(browser -> !browser.getCurrentUrl().contains("/login"));
    }

    /** A wait that looks again when a live screen has replaced the element it found a moment ago. */
    public WebDriverWait patiently() {
        var wait = new WebDriverWait(driver, patience);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * Clicks the button with this id until the grid with the given id shows no cell with the given text. A grid that
     * a filter or a live update is refreshing replaces its buttons: a click that lands on a replaced one is lost, so
     * the button is found afresh and clicked again when the row is still there a few seconds later. Only for actions
     * the domain refuses to repeat, so that a second click changes nothing.
     */
    public void clickUntilNoCell(String buttonId, String gridId, String text) {
        patiently().until(browser -> {
            var found = browser.findElements(By.id(buttonId));
            if (!found.isEmpty() && found.get(0).isDisplayed()) {
                found.get(0).click();
            }
            try {
                return new WebDriverWait(browser, Duration.ofSeconds(4)).until(noCell(gridId, text));
            } catch (TimeoutException stillThere) {
                return false;
            }
        });
    }

    /** Waits for an element whose whole text, spaces normalized, is the given text. */
    public WebElement awaitText(String text) {
        return patiently().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[normalize-space(.)=" + literal(text) + "]")));
    }

    /** Waits for a grid cell showing exactly the given text. */
    public WebElement awaitCell(String text) {
        return patiently().until(ExpectedConditions.presenceOfElementLocated(cells("vaadin-grid", text)));
    }

    /** Waits for a cell showing exactly the given text in the grid with the given id. */
    public WebElement awaitCell(String gridId, String text) {
        return patiently().until(ExpectedConditions.presenceOfElementLocated(cells(grid(gridId), text)));
    }

    /**
     * Waits until the grid with the given id shows no cell with the given text (a grid keeps emptied cells, hidden,
     * for reuse).
     */
    public void awaitNoCell(String gridId, String text) {
        patiently().until(noCell(gridId, text));
    }

    private static ExpectedCondition<Boolean> noCell(String gridId, String text) {
        return browser -> browser.findElements(cells(grid(gridId), text)).stream().noneMatch(WebElement::isDisplayed);
    }

    private static String grid(String id) {
        return "vaadin-grid[@id=" + literal(id) + "]";
    }

    // A grid's cells are its light-DOM children, slotted into its shadow rows.
    private static By cells(String grid, String text) {
        return By.xpath("//" + grid + "/vaadin-grid-cell-content[normalize-space(.)=" + literal(text) + "]");
    }

    /** Waits until the element the CSS selector finds can be clicked, and returns it. */
    public WebElement await(String css) {
        return patiently().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    }

    /**
     * Whether the element with the given id, once scrolled into view as a person would, is what a click at its
     * centre would reach: inside the window and covered by nothing else on the page.
     */
    public boolean uncovered(String id) {
        return Boolean.TRUE.equals(run("""
                const element = document.getElementById(arguments[0]);
                if (!element) { return false; }
                element.scrollIntoView({block: 'nearest', inline: 'nearest'});
                const box = element.getBoundingClientRect();
                if (box.width === 0 || box.height === 0 || box.top < 0 || box.left < 0
                    || box.bottom > window.innerHeight || box.right > window.innerWidth) { return false; }
                const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
                return hit === element || element.contains(hit);
                """, id));
    }

    public Object run(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Marks the page; {@link #notReloaded()} stays true only while the browser has not loaded a page since. */
    public void markPage() {
        run("window.ponteNotReloaded = true;");
    }

    public boolean notReloaded() {
        return Boolean.TRUE.equals(run("return window.ponteNotReloaded === true;"));
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            var shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException cannotSave) {
            throw new UncheckedIOException(cannotSave);
        }
    }

    /** The text as an XPath string literal, whichever quote it holds. */
    public static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    @Override
    public void close() {
        driver.quit();
    }
}
