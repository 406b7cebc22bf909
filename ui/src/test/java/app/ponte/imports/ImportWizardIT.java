package app.ponte.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.browser.BrowserTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * A real browser goes through the import wizard: it uploads a CSV (BOM, semicolons) through the upload field,
 * previews it, sees a new row and the demo's Fudan University, named in Chinese, as an update, runs the import,
 * and finds the new organization in the directory.
 */
class ImportWizardIT extends BrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path files;

    @Test
    void importsAFileThroughTheWizardAndTheDirectoryListsIt() throws Exception {
        String name = "Politecnico Wizard " + UUID.randomUUID().toString().substring(0, 8);
        var csv = new ByteArrayOutputStream();
        csv.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        csv.writeBytes(("Nome;Paese;Città;Tipo;Sito web\n"
                + name + ";IT;Torino;University;\n"
                + "复旦大学;CN;Shanghai;University;\n").getBytes(StandardCharsets.UTF_8));
        Path file = files.resolve("organizzazioni.csv");
        Files.write(file, csv.toByteArray());

        var browser = openSignedIn("import", "directory/import", 1440, 900, PATIENCE);
        var upload = browser.patiently().until(driver -> driver.findElement(By.id("import-upload")));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        browser.patiently().until(driver -> driver.findElement(By.id("import-file")).getText()
                .contains("organizzazioni.csv"));
        assertThat(browser.driver().findElement(By.id("import-file")).getText()).contains("UTF-8", ";");

        browser.await("#import-preview").click();
        browser.awaitCell("import-preview-grid", name);
        browser.awaitCell("import-preview-grid", "New");
        browser.awaitCell("import-preview-grid", "Update");
        browser.screenshot("import-preview");

        // The run button sits below the preview grid, under the window's fold: scrolled to as a person would.
        var run = browser.await("#import-run");
        browser.run("arguments[0].scrollIntoView({block: 'center'})", run);
        browser.patiently().until(driver -> browser.uncovered("import-run"));
        run.click();
        browser.patiently().until(driver -> driver.findElement(By.id("import-result")).getText()
                .contains("Created: 1"));
        assertThat(browser.driver().findElement(By.id("import-result")).getText()).contains("Updated: 1");
        browser.screenshot("import-result");

        browser.driver().get(url("directory"));
        var search = browser.await("#search input");
        search.sendKeys(name);
        browser.awaitCell("organizations", name);
    }
}
