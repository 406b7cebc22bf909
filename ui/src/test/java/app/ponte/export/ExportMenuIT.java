package app.ponte.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.browser.BrowserTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A real browser opens the missions screen's Export menu; the XLSX item's link, followed in the browser's own
 * signed-in session, answers a workbook that POI reads, holding the demo mission. Without the session it is not
 * served.
 */
class ExportMenuIT extends BrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void theMissionsExportMenuDownloadsTheListAsXlsx() throws Exception {
        var browser = openSignedIn("missions", "missions", 1440, 900, PATIENCE);
        browser.awaitCell("missions", "ALISEI mission to Shanghai");
        browser.await("#missions-export vaadin-menu-bar-button").click();
        var link = browser.patiently().until(driver -> driver.findElement(By.id("missions-export-xlsx")));
        browser.screenshot("missions-export-menu");
        String href = link.getDomProperty("href");
        assertThat(href).startsWith("http");
        assertThat(link.getDomAttribute("download")).isNotNull();
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

        var http = HttpClient.newHttpClient();
        var answer = http.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session)
                .timeout(PATIENCE).GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
                .startsWith(ExportFormat.XLSX.mediaType());
        var cells = new ArrayList<String>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
            var formatter = new DataFormatter();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(formatter.formatCellValue(cell))));
        }
        assertThat(cells).contains("Mission", DEMO_MISSION.toString());

        var anonymous = http.send(HttpRequest.newBuilder(URI.create(href)).timeout(PATIENCE).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(new String(anonymous.body(), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain(DEMO_MISSION.toString());
    }
}
