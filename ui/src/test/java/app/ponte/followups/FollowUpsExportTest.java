package app.ponte.followups;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.export.Downloads;
import app.ponte.followup.FollowUpAssigned;
import app.ponte.followup.FollowUpId;
import app.ponte.followup.FollowUpOrigin;
import app.ponte.layout.Translations;
import app.ponte.layout.ViewTestSupport;
import app.ponte.mission.MissionId;
import app.ponte.program.ProgramId;
import app.ponte.shared.OutcomeId;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The follow-ups screen's Export menu: the file holds what the grid lists under the filters applied. */
class FollowUpsExportTest extends ViewTestSupport {

    @Autowired
    private EventGateway events;

    @SuppressWarnings("unchecked")
    private static Grid<FollowUpItem> grid() {
        return _get(Grid.class, spec -> spec.withId("follow-ups"));
    }

    private static Anchor link(String format) {
        return _get(Anchor.class, spec -> spec.withId("follow-ups-export-" + format));
    }

    @Test
    void theExportHoldsWhatTheFiltersShowInTheScreensLanguage() throws Exception {
        var kept = FollowUpId.random();
        var filteredOut = FollowUpId.random();
        var program = ProgramId.of(DEMO_PROGRAM);
        var mission = MissionId.of(DEMO_MISSION);
        events.publish(new FollowUpAssigned(kept, program, mission, FollowUpOrigin.outcome(OutcomeId.random()),
                        "exporter-anna", LocalDate.of(2017, 6, 1), "=HYPERLINK(\"http://x\",\"y\")"),
                new FollowUpAssigned(filteredOut, program, mission, FollowUpOrigin.outcome(OutcomeId.random()),
                        "exporter-bruno", LocalDate.of(2017, 6, 2), "Not in the export"));
        openBrowser(FollowUpsView.class);
        UI.getCurrent().navigate(FollowUpsView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("owner")), "exporter-anna");
        awaitUi("anna's follow-up is listed", () -> GridKt._size(grid()) == 1);

        var rows = new ArrayList<List<String>>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(Downloads.follow(link("xlsx"))))) {
            var formatter = new DataFormatter();
            workbook.getSheetAt(0).forEach(row -> {
                var cells = new ArrayList<String>();
                row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
                rows.add(cells);
            });
            var due = workbook.getSheetAt(0).getRow(1).getCell(rows.get(0).indexOf("Due"));
            assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
            assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2017, 6, 1));
        }
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).contains(kept.toString(), "exporter-anna", "=HYPERLINK(\"http://x\",\"y\")");
        assertThat(rows.toString()).doesNotContain(filteredOut.toString());

        UI.getCurrent().setLocale(Translations.ITALIAN);
        byte[] csv = Downloads.follow(link("csv"));
        var records = CSVFormat.RFC4180.parse(new StringReader(new String(csv, 3, csv.length - 3,
                StandardCharsets.UTF_8))).getRecords();
        assertThat(records.get(0).toList()).contains("Azione", "Scadenza");
        assertThat(records).hasSize(2);
        assertThat(records.get(1).toList()).contains("'=HYPERLINK(\"http://x\",\"y\")", kept.toString());
    }
}
