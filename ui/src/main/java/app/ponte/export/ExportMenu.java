package app.ponte.export;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.util.Locale;
import java.util.function.Function;

/**
 * The "Export" menu of a list screen: CSV or XLSX of what the screen lists, with its filters as they stand when
 * the item is chosen. A screen with several lists (a mission's agenda and its outcomes) adds one sub-menu each.
 */
public class ExportMenu extends Composite<MenuBar> {

    private final String id;
    private final SubMenu formats;

    /** A menu with no list yet; add them with {@link #addList}. */
    public ExportMenu(String id) {
        this.id = id;
        getContent().setId(id);
        getContent().addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        var export = getContent().addItem(VaadinIcon.DOWNLOAD_ALT.create());
        export.add(getTranslation("export.menu"));
        formats = export.getSubMenu();
    }

    /** A menu exporting one list. */
    public ExportMenu(String id, Function<Locale, Table<?>> table) {
        this(id);
        addFormats(formats, id, table);
    }

    /** Adds a list under its own label (a translation key), with its two formats. */
    public ExportMenu addList(String labelKey, String listId, Function<Locale, Table<?>> table) {
        var list = formats.addItem(getTranslation(labelKey));
        addFormats(list.getSubMenu(), id + "-" + listId, table);
        return this;
    }

    private void addFormats(SubMenu menu, String prefix, Function<Locale, Table<?>> table) {
        for (ExportFormat format : ExportFormat.values()) {
            var download = new Anchor(new ExportDownload(format, table),
                    getTranslation("export." + format.extension()));
            download.setId(prefix + "-" + format.extension());
            download.getElement().setAttribute("download", true);
            menu.addItem(download);
        }
    }
}
