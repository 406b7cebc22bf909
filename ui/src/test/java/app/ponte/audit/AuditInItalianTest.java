package app.ponte.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.layout.ViewTestSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit screen as an Italian cluster manager reads it. */
class AuditInItalianTest extends ViewTestSupport {

    @BeforeEach
    void openAuditScreenInItalian() {
        openBrowser(AuditView.class);
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate(AuditView.class);
    }

    private static void selectTab(int index) {
        _get(TabSheet.class, spec -> spec.withId("audit-tabs")).setSelectedIndex(index);
    }

    @Test
    void theTabsFiltersAndColumnsSpeakItalian() {
        var tabs = _get(TabSheet.class, spec -> spec.withId("audit-tabs"));
        assertThat(tabs.getTabAt(0).getLabel()).isEqualTo("Registro delle operazioni");
        assertThat(tabs.getTabAt(3).getLabel()).isEqualTo("Integrità del registro");
        assertThat(_get(DateTimePicker.class, spec -> spec.withId("audit-from")).getLabel()).isEqualTo("Dal (UTC)");
        assertThat(_get(Grid.class, spec -> spec.withId("audit-log")).getColumns())
                .extracting(column -> ((Grid.Column<?>) column).getHeaderText())
                .contains("Quando", "Chi", "Operazione", "Oggetto");
        @SuppressWarnings("unchecked")
        ComboBox<RecordType> recordType = _get(ComboBox.class, spec -> spec.withId("audit-record-type"));
        assertThat(recordType.getItemLabelGenerator().apply(RecordType.FOLLOW_UP)).isEqualTo("azione di seguito");
    }

    @Test
    void aRangeWithNothingInItSaysSoInItalian() {
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("audit-to")), LocalDateTime.of(2017, 1, 1, 0, 0));

        assertThat(_find(Span.class)).extracting(Span::getText).contains("Nessuna operazione");
        assertThat(_get(Grid.class, spec -> spec.withId("audit-log")).getEmptyStateText())
                .isEqualTo("Nessuna operazione corrisponde ai filtri impostati.");
    }

    @Test
    void thePickersShowDayMonthYear() {
        var onTab = new Object[][] {{0, "audit-from"}, {0, "audit-to"}, {1, "history-as-of"}, {2, "as-of-moment"}};
        for (var pair : onTab) {
            selectTab((int) pair[0]);
            var id = (String) pair[1];
            var picker = _get(DateTimePicker.class, spec -> spec.withId(id));
            assertThat(picker.getDatePickerI18n().getDateFormats()).as(id).first().isEqualTo("dd/MM/yyyy");
            assertThat(picker.getDatePickerI18n().getFirstDayOfWeek()).as(id).isEqualTo(1);
        }
    }

    @Test
    void thePastAgendaIsMarkedHistoricalInItalianWithAnItalianDate() {
        selectTab(2);
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("as-of-moment")), LocalDateTime.of(2017, 1, 1, 0, 0));
        _click(_get(Button.class, spec -> spec.withId("show-as-of")));

        assertThat(_get(Div.class, spec -> spec.withId("historical-banner")).getText()).startsWith(
                "Vista storica: l'agenda (nessuna missione) come risultava al 01/01/2017 00:00:00 UTC, "
                        + "ricostruita da 0 operazioni");
        assertThat(_get(Grid.class, spec -> spec.withId("as-of-agenda")).getEmptyStateText())
                .isEqualTo("A quella data non risultava nulla in programma.");
    }

    @Test
    void aMissingRecordIdIsAskedForInItalian() {
        selectTab(1);
        _click(_get(Button.class, spec -> spec.withId("show-history")));

        assertThat(_get(TextField.class, spec -> spec.withId("history-record-id")).getErrorMessage())
                .isEqualTo("Indicare l'identificativo del record");
    }

    @Test
    void theTamperEvidenceSaysHowFarTheChainReachesInItalian() {
        selectTab(3);

        assertThat(_get(Span.class, spec -> spec.withId("chain-status")).getText())
                .matches("La catena collega tutte le operazioni fino alla numero \\d+\\.");
        assertThat(_get(Button.class, spec -> spec.withId("verify-chain")).getText()).isEqualTo("Verifica il registro");
    }
}
