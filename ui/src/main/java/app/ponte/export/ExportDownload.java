package app.ponte.export;

import app.ponte.security.AccessDenied;
import app.ponte.security.UnknownRecord;
import app.ponte.shared.DomainException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A screen's list downloaded as a spreadsheet. The table is built when the download is asked for, under the
 * session's lock, from the filters as they stand on the screen at that moment and in the screen's language; its rows
 * are then written straight to the browser, outside the lock, so the screen stays usable meanwhile. While a long
 * export runs, the screen shows that it is being prepared, and how many rows it held once done.
 */
public final class ExportDownload implements DownloadHandler {

    private static final Logger log = LoggerFactory.getLogger(ExportDownload.class);

    private final ExportFormat format;
    private final Function<Locale, Table<?>> table;

    public ExportDownload(ExportFormat format, Function<Locale, Table<?>> table) {
        this.format = format;
        this.table = table;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        UI ui = event.getUI();
        Table<?>[] built = new Table<?>[1];
        String[] refused = new String[1];
        event.getSession().accessSynchronously(() -> {
            try {
                built[0] = table.apply(ui == null ? Locale.ENGLISH : ui.getLocale());
            } catch (AccessDenied | UnknownRecord | DomainException e) {
                refused[0] = e.getMessage();
            }
        });
        if (built[0] == null) {
            event.getResponse().setStatus(403);
            tell(ui, refused[0], NotificationVariant.LUMO_ERROR);
            return;
        }
        event.setFileName("ponte-" + built[0].name() + "." + format.extension());
        event.setContentType(format == ExportFormat.CSV ? "text/csv;charset=UTF-8" : format.mediaType());
        Notification[] progress = new Notification[1];
        if (ui != null) {
            ui.access(() -> progress[0] = Notification.show(ui.getTranslation("export.preparing"), 0,
                    Notification.Position.BOTTOM_START));
        }
        long rows;
        try {
            rows = format.write(built[0], event.getOutputStream());
        } catch (RuntimeException failure) {
            log.warn("An export of {} as {} failed", built[0].name(), format, failure);
            closeThen(ui, progress, ui == null ? "" : ui.getTranslation("export.failed"),
                    NotificationVariant.LUMO_ERROR);
            throw failure;
        }
        closeThen(ui, progress, ui == null ? "" : ui.getTranslation("export.done", rows),
                NotificationVariant.LUMO_SUCCESS);
    }

    private static void closeThen(UI ui, Notification[] progress, String text, NotificationVariant variant) {
        if (ui == null) {
            return;
        }
        ui.access(() -> {
            if (progress[0] != null) {
                progress[0].close();
            }
            Notification.show(text, 3000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
        });
    }

    private static void tell(UI ui, String text, NotificationVariant variant) {
        if (ui != null) {
            ui.access(() -> Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(variant));
        }
    }
}
