package app.ponte.missions;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.layout.ViewTestSupport;
import app.ponte.report.ReportLanguage;
import app.ponte.reporting.ReportDialog;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouteParameters;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The mission page's "Report" action: a dialog that chooses language and format and downloads the report. */
class MissionReportActionTest extends ViewTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void theReportActionDownloadsTheMissionReportInTheChosenLanguageAndFormat() throws Exception {
        openBrowser(MissionView.class, MissionsView.class);
        UI.getCurrent().navigate(MissionView.class, new RouteParameters("missionId", DEMO_MISSION));
        awaitUi("the demo agenda is shown", () -> true);
        _click(_get(Button.class, spec -> spec.withId("mission-report")));
        var dialog = _get(ReportDialog.class, spec -> spec.withId("report-dialog"));
        assertThat(_get(Anchor.class, spec -> spec.withId("report-download")).getHref()).isNotBlank();

        _get(RadioButtonGroup.class, spec -> spec.withId("report-language")).setValue(ReportLanguage.IT);
        _get(RadioButtonGroup.class, spec -> spec.withId("report-format")).setValue("docx");
        var download = dialog.current();
        assertThat(download.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (var document = new XWPFDocument(new ByteArrayInputStream(download.bytes()));
                var extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("Relazione di missione", "Fudan University");
        }

        _get(RadioButtonGroup.class, spec -> spec.withId("report-format")).setValue("pdf");
        var pdf = dialog.current();
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        Path file = Files.createTempFile("mission-report", ".pdf");
        try {
            Files.write(file, pdf.bytes());
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).isZero();
            assertThat(text).contains("Relazione di missione");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
