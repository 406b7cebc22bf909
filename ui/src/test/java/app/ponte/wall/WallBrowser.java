package app.ponte.wall;

import app.ponte.browser.Chromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium sized as a 1080p wall screen, with the DevTools performance log on so a test can read every
 * WebSocket frame the server pushed.
 */
final class WallBrowser implements AutoCloseable {

    static final Path SCREENSHOTS = Chromium.SCREENSHOTS;

    private final ChromeDriver driver;
    private final List<String> frames = new ArrayList<>();

    WallBrowser(Path profile) {
        // The shared options (headless, quiet, fresh profile) with the DevTools performance log on.
        var options = Chromium.options(profile, 1920, 1080);
        var logging = new LoggingPreferences();
        logging.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        driver = Chromium.start(options);
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /** Sizes the page's viewport, not the window around it, to a screen's resolution. */
    void screen(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    Object run(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    String attribute(String id, String name) {
        // Read in the page in one step: the screen replaces its elements on every push.
        return (String) run("const e = document.getElementById(arguments[0]);"
                + " return e ? e.getAttribute(arguments[1]) : null;", id, name);
    }

    boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    void await(Duration patience, java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(driver, patience, Duration.ofMillis(20)).until(d -> condition.get());
    }

    /** The value shown by a KPI tile, or -1 while none is shown. */
    long kpi(String key) {
        var value = attribute("kpi-" + key, "data-value");
        return value == null ? -1 : Long.parseLong(value);
    }

    /** Every WebSocket frame received since the browser opened (the performance log is drained on each read). */
    List<String> receivedFrames() {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            var message = entry.getMessage();
            if (message.contains("Network.webSocketFrameReceived")) {
                frames.add(message);
            }
        }
        return frames;
    }

    /** Browser JS heap in use after a forced garbage collection, in bytes. */
    long jsHeapAfterGc() {
        driver.executeCdpCommand("HeapProfiler.enable", Map.of());
        driver.executeCdpCommand("HeapProfiler.collectGarbage", Map.of());
        var usage = driver.executeCdpCommand("Runtime.getHeapUsage", Map.of());
        return ((Number) usage.get("usedSize")).longValue();
    }

    /** DOM nodes and listeners alive in the page, as DevTools counts them. */
    Map<String, Number> domCounts() {
        driver.executeCdpCommand("Performance.enable", Map.of());
        @SuppressWarnings("unchecked")
        var metrics = (List<Map<String, Object>>) driver.executeCdpCommand("Performance.getMetrics", Map.of())
                .get("metrics");
        var counts = new java.util.LinkedHashMap<String, Number>();
        for (var metric : metrics) {
            var name = (String) metric.get("name");
            if (name.equals("Nodes") || name.equals("JSEventListeners") || name.equals("Documents")) {
                counts.put(name, (Number) metric.get("value"));
            }
        }
        return counts;
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        var shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
