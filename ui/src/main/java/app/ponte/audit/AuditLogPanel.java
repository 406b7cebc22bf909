package app.ponte.audit;

import app.ponte.program.ProgramId;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Arrays;

/** Every event, newest first, filtered by user, time range, record type and program, and exported as CSV. */
class AuditLogPanel extends VerticalLayout {

    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final AuditFacade audit;
    private final TextField user = new TextField("User");
    private final DateTimePicker from = new DateTimePicker("From (UTC)");
    private final DateTimePicker to = new DateTimePicker("To (UTC)");
    private final ComboBox<RecordType> recordType = new ComboBox<>("Record type");
    private final ComboBox<ProgramId> program = new ComboBox<>("Program");
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span total = new Span();
    private final Anchor export = new Anchor();
    private StreamResource csv;

    AuditLogPanel(AuditFacade audit) {
        this.audit = audit;
        setSizeFull();
        setPadding(false);
        configureFilters();
        configureGrid();
        configureExport();
        var filters = new HorizontalLayout(user, from, to, recordType, program, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, total, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void configureFilters() {
        user.setId("audit-user");
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        from.setId("audit-from");
        to.setId("audit-to");
        recordType.setId("audit-record-type");
        recordType.setItems(Arrays.asList(RecordType.values()));
        recordType.setItemLabelGenerator(RecordType::label);
        recordType.setClearButtonVisible(true);
        program.setId("audit-program");
        program.setItemLabelGenerator(ProgramId::toString);
        program.setClearButtonVisible(true);
        program.setWidth("24em");
        program.setItems(audit.programs());
        user.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        recordType.addValueChangeListener(change -> refresh());
        program.addValueChangeListener(change -> refresh());
    }

    private void configureGrid() {
        grid.setId("audit-log");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(AuditEntry::number).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> Moments.show(entry.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> Moments.who(entry.userId(), entry.role()))
                .setHeader("Who").setAutoWidth(true);
        grid.addColumn(AuditEntry::source).setHeader("From").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::event).setHeader("What").setAutoWidth(true);
        grid.addColumn(entry -> entry.recordType().label()).setHeader("Record").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::summary).setHeader("About").setFlexGrow(1)
                .setTooltipGenerator(AuditEntry::summary);
        grid.setEmptyStateText("No event matches these filters.");
        grid.addItemClickListener(click -> fireEvent(new RecordChosen(this, click.getItem())));
    }

    private void configureExport() {
        export.setId("audit-export");
        export.setText("Export CSV");
        export.getElement().setAttribute("download", true);
    }

    AuditFilter filter() {
        return new AuditFilter(user.getValue(), Moments.fromPicker(from.getValue()), Moments.fromPicker(to.getValue()),
                recordType.getValue(), program.getValue());
    }

    void refresh() {
        var filter = filter();
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            to.setInvalid(true);
            to.setErrorMessage("Must be after From");
            return;
        }
        to.setInvalid(false);
        grid.setItems(query -> audit.page(filter, query.getOffset(), query.getLimit()).entries().stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.page(filter, 0, 1).total()));
        total.setText(audit.page(filter, 0, 1).total() + " events");
        csv = new StreamResource("ponte-audit-" + FILE_STAMP.format(java.time.Instant.now()) + ".csv", () -> {
            var out = new StringWriter();
            audit.exportCsv(filter, out);
            return new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8));
        });
        csv.setContentType("text/csv; charset=utf-8");
        export.setHref(csv);
    }

    /** The export as it stands for the current filters. */
    StreamResource csv() {
        return csv;
    }

    Registration addRecordChosenListener(ComponentEventListener<RecordChosen> listener) {
        return addListener(RecordChosen.class, listener);
    }

    /** A row of the log was picked: its record's history is wanted. */
    static final class RecordChosen extends ComponentEvent<AuditLogPanel> {

        private final AuditEntry entry;

        RecordChosen(AuditLogPanel source, AuditEntry entry) {
            super(source, false);
            this.entry = entry;
        }

        AuditEntry entry() {
            return entry;
        }
    }
}
