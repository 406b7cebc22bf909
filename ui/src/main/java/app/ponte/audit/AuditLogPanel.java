package app.ponte.audit;

import app.ponte.dashboard.ProgramSummary;
import app.ponte.export.ExportDownload;
import app.ponte.export.ExportFormat;
import app.ponte.layout.DatePickers;
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
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Arrays;

/** Every event, newest first, filtered by user, time range, record type and program, and exported as CSV. */
class AuditLogPanel extends VerticalLayout {

    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final AuditFacade audit;
    private final TextField user = new TextField(getTranslation("audit.user"));
    private final DateTimePicker from = DatePickers.localize(new DateTimePicker(getTranslation("audit.fromUtc")));
    private final DateTimePicker to = DatePickers.localize(new DateTimePicker(getTranslation("audit.toUtc")));
    private final ComboBox<RecordType> recordType = new ComboBox<>(getTranslation("audit.recordType"));
    private final ComboBox<ProgramSummary> program = new ComboBox<>(getTranslation("audit.program"));
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span total = new Span();
    private final Anchor export = new Anchor();
    private final Anchor exportXlsx = new Anchor();
    private StreamResource csv;

    AuditLogPanel(AuditFacade audit) {
        this.audit = audit;
        setSizeFull();
        setPadding(false);
        configureFilters();
        configureGrid();
        configureExport();
        var filters = new HorizontalLayout(user, from, to, recordType, program, export, exportXlsx);
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
        recordType.setItemLabelGenerator(type -> RecordTypeNames.name(type, this));
        recordType.setClearButtonVisible(true);
        program.setId("audit-program");
        program.setItemLabelGenerator(ProgramSummary::name);
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
        grid.addColumn(AuditEntry::number).setHeader(getTranslation("audit.number")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(entry -> Moments.show(entry.at(), this)).setHeader(getTranslation("audit.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> Moments.who(entry.userId(), entry.role(), this))
                .setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(entry -> Moments.source(entry.source(), this)).setHeader(getTranslation("audit.source"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(entry -> Moments.event(entry.event(), this)).setHeader(getTranslation("audit.what"))
                .setAutoWidth(true);
        grid.addColumn(entry -> RecordTypeNames.name(entry.recordType(), this))
                .setHeader(getTranslation("audit.record")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::summary).setHeader(getTranslation("audit.about")).setFlexGrow(1)
                .setTooltipGenerator(AuditEntry::summary);
        grid.setEmptyStateText(getTranslation("audit.log.none"));
        grid.addItemClickListener(click -> fireEvent(new RecordChosen(this, click.getItem())));
    }

    private void configureExport() {
        export.setId("audit-export");
        export.setText(getTranslation("audit.exportCsv"));
        export.getElement().setAttribute("download", true);
        exportXlsx.setId("audit-export-xlsx");
        exportXlsx.setText(getTranslation("audit.exportXlsx"));
        exportXlsx.getElement().setAttribute("download", true);
        // Streamed a page at a time, with the filters as they stand when the link is followed.
        exportXlsx.setHref(new ExportDownload(ExportFormat.XLSX, language -> audit.exportTable(filter(), language)));
    }

    AuditFilter filter() {
        return new AuditFilter(user.getValue(), Moments.fromPicker(from.getValue()), Moments.fromPicker(to.getValue()),
                recordType.getValue(), program.getValue() == null ? null : program.getValue().programId());
    }

    void refresh() {
        var filter = filter();
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("audit.toAfterFrom"));
            return;
        }
        to.setInvalid(false);
        grid.setItems(query -> audit.page(filter, query.getOffset(), query.getLimit()).entries().stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.page(filter, 0, 1).total()));
        total.setText(getTranslation("audit.eventCount", audit.page(filter, 0, 1).total()));
        // Written straight to the download, a page of the log at a time, rather than built in memory first.
        csv = new StreamResource("ponte-audit-" + FILE_STAMP.format(java.time.Instant.now()) + ".csv",
                (out, session) -> audit.exportCsv(filter, new OutputStreamWriter(out, StandardCharsets.UTF_8)));
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
