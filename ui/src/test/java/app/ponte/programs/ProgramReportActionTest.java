package app.ponte.programs;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.layout.ViewTestSupport;
import app.ponte.program.ProgramId;
import app.ponte.report.ReportLanguage;
import app.ponte.reporting.ReportDialog;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/** The program dashboard's "Report" action: language, format and period, then the download. */
class ProgramReportActionTest extends ViewTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void theReportActionDownloadsTheProgramReportForTheChosenPeriod() throws Exception {
        openBrowser(ProgramsView.class, ProgramDashboardView.class);
        UI.getCurrent().navigate(ProgramDashboardView.class,
                ProgramDashboardView.parametersFor(ProgramId.of(DEMO_PROGRAM)));
        _click(_get(Button.class, spec -> spec.withId("program-report")));
        var dialog = _get(ReportDialog.class, spec -> spec.withId("report-dialog"));

        _get(RadioButtonGroup.class, spec -> spec.withId("report-language")).setValue(ReportLanguage.IT);
        _get(RadioButtonGroup.class, spec -> spec.withId("report-format")).setValue("xlsx");
        var from = _get(DatePicker.class, spec -> spec.withId("report-from"));
        var to = _get(DatePicker.class, spec -> spec.withId("report-to"));
        from.setValue(LocalDate.of(2017, 6, 1));
        to.setValue(LocalDate.of(2017, 5, 1));
        assertThat(to.isInvalid()).as("an end before the start is refused").isTrue();
        assertThat(_get(Anchor.class, spec -> spec.withId("report-download")).isEnabled()).isFalse();

        from.setValue(LocalDate.of(2017, 1, 1));
        to.setValue(LocalDate.of(2017, 12, 31));
        assertThat(to.isInvalid()).isFalse();
        assertThat(_get(Anchor.class, spec -> spec.withId("report-download")).getHref()).isNotBlank();
        var download = dialog.current();
        assertThat(download.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(download.fileName()).contains("2017-01-01-2017-12-31-it.xlsx");
        try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(download.bytes()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Indicatore");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isPositive();
        }
    }
}
