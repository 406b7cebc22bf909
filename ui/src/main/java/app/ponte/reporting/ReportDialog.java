package app.ponte.reporting;

import app.ponte.layout.DatePickers;
import app.ponte.report.ReportLanguage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Chooses a report's language (independent of the screens' own) and format, and for a program report its period,
 * then downloads it: the link's resource writes the report when the browser asks for it, as the signed-in user, so
 * nothing is generated for a choice that is never downloaded.
 */
public class ReportDialog extends Dialog {

    /** Writes one report; {@code from} and {@code to} are null for a mission report or the program's own period. */
    @FunctionalInterface
    public interface Writer {
        Download write(String format, ReportLanguage language, LocalDate from, LocalDate to);
    }

    /** A written report, ready for the browser. */
    public record Download(byte[] bytes, String mediaType, String fileName) {}

    private static final java.util.Map<String, String> MEDIA_TYPES = java.util.Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RadioButtonGroup<ReportLanguage> language = new RadioButtonGroup<>();
    private final RadioButtonGroup<String> format = new RadioButtonGroup<>();
    private final DatePicker from = DatePickers.localize(new DatePicker());
    private final DatePicker to = DatePickers.localize(new DatePicker());
    private final Anchor download = new Anchor();
    private final Writer writer;
    private final boolean period;
    private final String fileName;

    /** {@code formats} as their codes ("pdf", "docx", "xlsx"); {@code period} asks for from and to. */
    public ReportDialog(String heading, String fileName, List<String> formats, boolean period, Writer writer) {
        this.writer = writer;
        this.fileName = fileName;
        this.period = period;
        setId("report-dialog");
        setHeaderTitle(heading);
        language.setId("report-language");
        language.setLabel(getTranslation("report.language"));
        language.setItems(ReportLanguage.values());
        language.setItemLabelGenerator(l -> getTranslation("report.language." + l.code()));
        language.setValue(getLocale() != null && "it".equals(getLocale().getLanguage()) ? ReportLanguage.IT
                : ReportLanguage.EN);
        format.setId("report-format");
        format.setLabel(getTranslation("report.format"));
        format.setItems(formats);
        format.setItemLabelGenerator(code -> code.toUpperCase(Locale.ROOT));
        format.setValue(formats.get(0));
        from.setId("report-from");
        from.setLabel(getTranslation("report.from"));
        to.setId("report-to");
        to.setLabel(getTranslation("report.to"));
        var layout = new VerticalLayout(language, format);
        if (period) {
            layout.add(from, to);
        }
        layout.setPadding(false);
        layout.setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.STRETCH);
        add(layout);

        var button = new Button(getTranslation("report.download"), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        download.setId("report-download");
        download.add(button);
        download.getElement().setAttribute("download", true);
        var close = new Button(getTranslation("report.close"), click -> close());
        close.setId("report-close");
        getFooter().add(close, download);

        language.addValueChangeListener(change -> refresh());
        format.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        refresh();
    }

    private void refresh() {
        boolean backwards = period && from.getValue() != null && to.getValue() != null
                && to.getValue().isBefore(from.getValue());
        to.setInvalid(backwards);
        to.setErrorMessage(backwards ? getTranslation("report.toBeforeFrom") : null);
        download.setEnabled(!backwards && language.getValue() != null && format.getValue() != null);
        if (backwards || language.getValue() == null || format.getValue() == null) {
            download.removeHref();
            return;
        }
        String chosenFormat = format.getValue();
        ReportLanguage chosenLanguage = language.getValue();
        LocalDate first = period ? from.getValue() : null;
        LocalDate last = period ? to.getValue() : null;
        var resource = new StreamResource(fileName + "-" + chosenLanguage.code() + "." + chosenFormat,
                () -> new ByteArrayInputStream(writer.write(chosenFormat, chosenLanguage, first, last).bytes()));
        resource.setContentType(MEDIA_TYPES.getOrDefault(chosenFormat, "application/octet-stream"));
        resource.setHeader("Cache-Control", "no-store");
        download.setHref(resource);
    }

    /** The report for the current choices, as the download link writes it. */
    public Download current() {
        return writer.write(format.getValue(), language.getValue(), period ? from.getValue() : null,
                period ? to.getValue() : null);
    }
}
