package app.ponte.audit;

import app.ponte.layout.DatePickers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One record's history, event by event with what changed, and the record as it stood at a chosen moment. */
class HistoryPanel extends VerticalLayout {

    private final AuditFacade audit;
    private final ComboBox<RecordType> recordType = new ComboBox<>(getTranslation("audit.recordType"));
    private final TextField recordId = new TextField(getTranslation("audit.recordId"));
    private final Button show = new Button(getTranslation("audit.showHistory"));
    private final DateTimePicker asOf = DatePickers.localize(new DateTimePicker(getTranslation("audit.asOfUtc")));
    private final Button showAsOf = new Button(getTranslation("audit.showRecordAsOf"));
    private final Grid<HistoryEntry> history = new Grid<>();
    private final HistoricalBanner banner = new HistoricalBanner("record-historical-banner");
    private final Grid<FieldValue> state = new Grid<>();

    HistoryPanel(AuditFacade audit) {
        this.audit = audit;
        setSizeFull();
        setPadding(false);
        configureForm();
        configureGrids();
        var form = new HorizontalLayout(recordType, recordId, show, asOf, showAsOf);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(form, history, banner, state);
        setFlexGrow(1, history);
    }

    private void configureForm() {
        recordType.setId("history-record-type");
        recordType.setItems(Arrays.stream(RecordType.values()).filter(type -> type != RecordType.OTHER && type != RecordType.ACCESS).toList());
        recordType.setItemLabelGenerator(type -> RecordTypeNames.name(type, this));
        recordType.setValue(RecordType.MISSION);
        recordId.setId("history-record-id");
        recordId.setWidth("24em");
        show.setId("show-history");
        show.addClickListener(click -> showHistory());
        asOf.setId("history-as-of");
        showAsOf.setId("show-record-as-of");
        showAsOf.addClickListener(click -> showAsOf());
    }

    private void configureGrids() {
        history.setId("history");
        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.addColumn(entry -> Moments.show(entry.at(), this)).setHeader(getTranslation("audit.when"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(entry -> Moments.who(entry.userId(), entry.role(), this))
                .setHeader(getTranslation("audit.who")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(entry -> Moments.source(entry.source(), this)).setHeader(getTranslation("audit.source"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(entry -> Moments.event(entry.event(), this)).setHeader(getTranslation("audit.what"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(HistoryEntry::description).setHeader(getTranslation("audit.changes")).setFlexGrow(1);
        history.setEmptyStateText(getTranslation("audit.history.pick"));
        state.setId("record-as-of");
        state.setVisible(false);
        state.setAllRowsVisible(true);
        state.addColumn(FieldValue::field).setHeader(getTranslation("audit.field")).setAutoWidth(true).setFlexGrow(0);
        state.addColumn(FieldValue::value).setHeader(getTranslation("audit.value")).setFlexGrow(1);
    }

    /** Shows the history of the record an audit entry is about. */
    void showRecord(RecordType type, String id) {
        recordType.setValue(type);
        recordId.setValue(id);
        showHistory();
    }

    private void showHistory() {
        if (!validRecord()) {
            return;
        }
        List<HistoryEntry> entries = audit.history(recordType.getValue(), recordId.getValue());
        history.setItems(entries);
        history.setEmptyStateText(getTranslation("audit.history.none"));
        banner.hide();
        state.setVisible(false);
    }

    private void showAsOf() {
        if (!validRecord()) {
            return;
        }
        if (asOf.getValue() == null) {
            asOf.setInvalid(true);
            asOf.setErrorMessage(getTranslation("audit.momentRequired"));
            return;
        }
        asOf.setInvalid(false);
        Instant at = Moments.fromPicker(asOf.getValue());
        var found = audit.recordAsOf(recordType.getValue(), recordId.getValue(), at);
        state.setItems(found.map(RecordState::fields).orElse(List.of()));
        state.setVisible(true);
        banner.show(RecordTypeNames.thisOne(recordType.getValue(), this), at, found.map(RecordState::events).orElse(0));
    }

    private boolean validRecord() {
        boolean missing = recordId.getValue().isBlank();
        recordId.setInvalid(missing);
        recordId.setErrorMessage(missing ? getTranslation("audit.recordIdRequired") : null);
        return !missing && recordType.getValue() != null;
    }
}
