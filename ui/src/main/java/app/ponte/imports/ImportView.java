package app.ponte.imports;

import app.ponte.layout.MainLayout;
import app.ponte.organization.OrganizationType;
import app.ponte.security.AccessDenied;
import app.ponte.shared.CountryCode;
import app.ponte.shared.InvalidField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The import wizard: upload a CSV or XLSX file, confirm how it was read and map its columns, preview every row's
 * verdict, choose what to do per verdict or per row, run with a progress bar, and download the result report.
 */
@Route(value = "directory/import", layout = MainLayout.class)
@RolesAllowed({"ADMINISTRATOR", "PROGRAM_OFFICER"})
class ImportView extends VerticalLayout implements HasDynamicTitle {

    private static final String NONE = "";

    private final ImportService imports;
    private final Select<ImportKind> kind = new Select<>();
    private final Upload upload;
    private final Paragraph fileSummary = new Paragraph();
    private final Paragraph problem = new Paragraph();
    private final FormLayout mappingForm = new FormLayout();
    private final Map<ImportField, Select<String>> mappingFields = new EnumMap<>(ImportField.class);
    private final Select<OrganizationType> defaultType = new Select<>();
    private final TextField defaultCountry = new TextField();
    private final Button previewButton = new Button();
    private final Paragraph counts = new Paragraph();
    private final Grid<PlannedRow> previewGrid = new Grid<>();
    private final Select<ImportAction> onNew = new Select<>();
    private final Select<ImportAction> onUpdate = new Select<>();
    private final Select<ImportAction> onDuplicate = new Select<>();
    private final Map<Integer, ImportAction> rowChoices = new HashMap<>();
    private final Button runButton = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph result = new Paragraph();
    private final Grid<RowOutcome> resultGrid = new Grid<>();
    private final Anchor download = new Anchor();
    private final VerticalLayout mappingStep = new VerticalLayout();
    private final VerticalLayout previewStep = new VerticalLayout();
    private final VerticalLayout resultStep = new VerticalLayout();

    private Table table;
    private ImportPreview preview;

    ImportView(ImportService imports) {
        this.imports = imports;
        setSizeFull();
        upload = new Upload(UploadHandler.inMemory((metadata, data) -> getUI().ifPresent(ui -> ui.access(
                () -> uploaded(metadata.fileName(), data)))));
        configureUpload();
        configureMapping();
        configurePreview();
        configureResult();
        add(new H2(getTranslation("import.title")), new HorizontalLayout(kind, upload), fileSummary, problem,
                mappingStep, previewStep, resultStep);
        showSteps(false, false, false);
    }

    private void configureUpload() {
        kind.setId("import-kind");
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("import.kind." + k.name()));
        kind.setValue(ImportKind.ORGANIZATIONS);
        kind.addValueChangeListener(change -> {
            if (table != null) {
                showMapping();
            }
        });
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".csv", ".txt", ".tsv", ".xlsx");
        upload.setMaxFileSize(TableReader.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(rejected -> problem.setText(getTranslation("import.tooLarge")));
        problem.setId("import-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        fileSummary.setId("import-file");
    }

    private void configureMapping() {
        defaultType.setId("import-default-type");
        defaultType.setLabel(getTranslation("import.defaultType"));
        defaultType.setItems(OrganizationType.values());
        defaultType.setEmptySelectionAllowed(true);
        defaultType.setItemLabelGenerator(t -> t == null ? "" : getTranslation("orgType." + t.name()));
        defaultCountry.setId("import-default-country");
        defaultCountry.setLabel(getTranslation("import.defaultCountry"));
        defaultCountry.setMaxLength(2);
        defaultCountry.setPlaceholder("IT, CN…");
        previewButton.setId("import-preview");
        previewButton.setText(getTranslation("import.preview"));
        previewButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        previewButton.addClickListener(click -> preview());
        mappingStep.setPadding(false);
        mappingStep.add(new H3(getTranslation("import.mapping")), mappingForm,
                new HorizontalLayout(defaultType, defaultCountry), previewButton);
    }

    private void configurePreview() {
        counts.setId("import-counts");
        previewGrid.setId("import-preview-grid");
        previewGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        previewGrid.addColumn(PlannedRow::row).setHeader(getTranslation("import.row")).setAutoWidth(true)
                .setFlexGrow(0);
        previewGrid.addColumn(row -> getTranslation("import.verdict." + row.verdict().name()))
                .setHeader(getTranslation("import.verdict")).setAutoWidth(true);
        previewGrid.addColumn(row -> row.values().getOrDefault("name", row.values().getOrDefault("fullName", "")))
                .setHeader(getTranslation("directory.name")).setFlexGrow(2);
        previewGrid.addColumn(this::detail).setHeader(getTranslation("import.detail")).setFlexGrow(3);
        previewGrid.addComponentColumn(this::rowChoice).setHeader(getTranslation("import.choice"))
                .setAutoWidth(true);
        for (var select : List.of(onNew, onUpdate, onDuplicate)) {
            select.setItemLabelGenerator(action -> getTranslation("import.action." + action.name()));
        }
        onNew.setId("import-on-new");
        onNew.setLabel(getTranslation("import.onNew"));
        onNew.setItems(ImportAction.CREATE, ImportAction.SKIP);
        onNew.setValue(ImportAction.CREATE);
        onUpdate.setId("import-on-update");
        onUpdate.setLabel(getTranslation("import.onUpdate"));
        onUpdate.setItems(ImportAction.UPDATE, ImportAction.SKIP);
        onUpdate.setValue(ImportAction.UPDATE);
        onDuplicate.setId("import-on-duplicate");
        onDuplicate.setLabel(getTranslation("import.onDuplicate"));
        onDuplicate.setItems(ImportAction.SKIP, ImportAction.CREATE, ImportAction.MERGE);
        onDuplicate.setValue(ImportAction.SKIP);
        runButton.setId("import-run");
        runButton.setText(getTranslation("import.run"));
        runButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        runButton.addClickListener(click -> run());
        progress.setId("import-progress");
        progress.setVisible(false);
        var choices = new HorizontalLayout(onNew, onUpdate, onDuplicate, runButton);
        choices.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        previewStep.setPadding(false);
        previewStep.setHeight("32em");
        previewStep.add(new H3(getTranslation("import.previewTitle")), counts, previewGrid, choices, progress);
        previewStep.setFlexGrow(1, previewGrid);
    }

    private void configureResult() {
        result.setId("import-result");
        resultGrid.setId("import-result-grid");
        resultGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        resultGrid.addColumn(RowOutcome::row).setHeader(getTranslation("import.row")).setAutoWidth(true)
                .setFlexGrow(0);
        resultGrid.addColumn(row -> getTranslation("import.status." + row.status().name()))
                .setHeader(getTranslation("import.outcome")).setAutoWidth(true);
        resultGrid.addColumn(row -> row.message() == null ? "" : row.message())
                .setHeader(getTranslation("import.detail")).setFlexGrow(3);
        download.setId("import-download");
        download.setText(getTranslation("import.download"));
        download.getElement().setAttribute("download", true);
        resultStep.setPadding(false);
        resultStep.setHeight("24em");
        resultStep.add(new H3(getTranslation("import.resultTitle")), result, download, resultGrid);
        resultStep.setFlexGrow(1, resultGrid);
    }

    /** What the upload hands over once the file is in; package-private for the view test, which has no upload. */
    void uploaded(String fileName, byte[] data) {
        problem.setText("");
        preview = null;
        try {
            table = TableReader.read(fileName, data);
        } catch (InvalidField invalid) {
            table = null;
            problem.setText(invalid.getMessage());
            showSteps(false, false, false);
            return;
        }
        fileSummary.setText(getTranslation("import.read", table.fileName(), table.format(),
                table.encoding() == null ? "—" : table.encoding(),
                table.delimiter() == null ? "—" : table.delimiter(), table.rows().size()));
        showMapping();
    }

    private void showMapping() {
        mappingForm.removeAll();
        mappingFields.clear();
        var guessed = ColumnMapping.guess(kind.getValue(), table.headers());
        List<String> choices = new ArrayList<>();
        choices.add(NONE);
        choices.addAll(table.headers());
        for (ImportField field : kind.getValue().fields()) {
            Select<String> column = new Select<>();
            column.setId("import-map-" + field.key());
            column.setLabel(getTranslation("import.field." + field.key()));
            column.setItems(choices);
            column.setItemLabelGenerator(header -> header.isEmpty() ? getTranslation("import.noColumn") : header);
            int index = guessed.column(field);
            column.setValue(index < 0 ? NONE : table.headers().get(index));
            mappingFields.put(field, column);
            mappingForm.add(column);
        }
        defaultType.setVisible(kind.getValue() == ImportKind.ORGANIZATIONS);
        defaultCountry.setVisible(kind.getValue() == ImportKind.ORGANIZATIONS);
        showSteps(true, false, false);
    }

    private void preview() {
        problem.setText("");
        Map<String, String> overrides = new HashMap<>();
        mappingFields.forEach((field, select) -> overrides.put(field.key(), select.getValue()));
        try {
            var options = new ImportOptions(defaultType.getValue(), defaultCountry.getValue().isBlank() ? null
                    : new CountryCode(defaultCountry.getValue()));
            var mapping = new ColumnMapping(kind.getValue(), Map.of()).with(overrides, table.headers());
            preview = imports.preview(table, mapping, options);
        } catch (InvalidField | AccessDenied refused) {
            problem.setText(refused.getMessage());
            return;
        }
        rowChoices.clear();
        counts.setText(preview.counts().entrySet().stream()
                .map(e -> getTranslation("import.verdict." + e.getKey().name()) + ": " + e.getValue())
                .collect(Collectors.joining(" · ")));
        previewGrid.setItems(preview.rows());
        runButton.setEnabled(true);
        showSteps(true, true, false);
    }

    private String detail(PlannedRow row) {
        if (row.verdict() == Verdict.ERROR) {
            return row.message();
        }
        return row.candidates().stream()
                .map(c -> (c.row() != null ? getTranslation("import.fileRow", c.row()) : c.name()
                        + (c.detail() == null ? "" : " (" + c.detail() + ")")) + " · " + c.score())
                .collect(Collectors.joining("; "));
    }

    private Select<ImportAction> rowChoice(PlannedRow row) {
        Select<ImportAction> choice = new Select<>();
        choice.setId("import-choice-" + row.row());
        List<ImportAction> possible = new ArrayList<>();
        if (row.verdict() != Verdict.ERROR) {
            possible.add(ImportAction.SKIP);
            if (row.create() != null) {
                possible.add(ImportAction.CREATE);
            }
            if (row.update() != null) {
                possible.add(row.verdict() == Verdict.UPDATE ? ImportAction.UPDATE : ImportAction.MERGE);
            }
        }
        choice.setItems(possible);
        choice.setEmptySelectionAllowed(true);
        choice.setEmptySelectionCaption(getTranslation("import.asVerdict"));
        choice.setItemLabelGenerator(action -> action == null ? getTranslation("import.asVerdict")
                : getTranslation("import.action." + action.name()));
        choice.setValue(rowChoices.get(row.row()));
        choice.setEnabled(row.verdict() != Verdict.ERROR);
        choice.addValueChangeListener(change -> {
            if (change.getValue() == null) {
                rowChoices.remove(row.row());
            } else {
                rowChoices.put(row.row(), change.getValue());
            }
        });
        return choice;
    }

    private void run() {
        ImportChoices choices;
        try {
            choices = new ImportChoices(onNew.getValue(), onUpdate.getValue(), onDuplicate.getValue(), rowChoices);
            for (PlannedRow row : preview.rows()) {
                choices.actionFor(row);
            }
        } catch (InvalidField invalid) {
            problem.setText(invalid.getMessage());
            return;
        }
        UI ui = UI.getCurrent();
        var work = preview;
        int total = Math.max(1, work.rows().size());
        runButton.setEnabled(false);
        previewButton.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        // The import runs off the request thread so the progress bar moves; it acts for the same signed-in user.
        var security = SecurityContextHolder.getContext();
        var thread = new Thread(() -> {
            SecurityContextHolder.setContext(security);
            try {
                var report = imports.run(work, choices, done -> {
                    if (done % 25 == 0 || done == total) {
                        ui.access(() -> progress.setValue((double) done / total));
                    }
                });
                ui.access(() -> finished(report));
            } catch (RuntimeException failed) {
                ui.access(() -> {
                    problem.setText(failed.getMessage());
                    runButton.setEnabled(true);
                    previewButton.setEnabled(true);
                });
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, "ponte-import");
        thread.setDaemon(true);
        thread.start();
    }

    private void finished(ImportReport report) {
        progress.setValue(1);
        previewButton.setEnabled(true);
        result.setText(report.counts().entrySet().stream()
                .map(e -> getTranslation("import.status." + e.getKey().name()) + ": " + e.getValue())
                .collect(Collectors.joining(" · ")));
        resultGrid.setItems(report.rows());
        byte[] csv = report.csv().getBytes(StandardCharsets.UTF_8);
        download.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(csv), "import-" + report.importId() + ".csv", "text/csv", csv.length)));
        showSteps(true, true, true);
    }

    private void showSteps(boolean mapping, boolean previewing, boolean done) {
        mappingStep.setVisible(mapping);
        previewStep.setVisible(previewing);
        resultStep.setVisible(done);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · Ponte";
    }
}
