package app.ponte.directory;

import app.ponte.export.ExportMenu;
import app.ponte.export.ListExports;
import app.ponte.layout.Accessibility;
import app.ponte.imports.ImportService;
import app.ponte.layout.MainLayout;
import app.ponte.organization.OrganizationType;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

/**
 * Organizations and contacts, searched by name in any script, role or city and filtered by type and country; both
 * grids load lazily. Choosing an organization opens its 360° page.
 */
@Route(value = "directory", layout = MainLayout.class)
@PermitAll
class DirectoryView extends VerticalLayout implements HasDynamicTitle {

    private final DirectoryFacade directory;
    private final TextField search = new TextField();
    private final Select<OrganizationType> type = new Select<>();
    private final TextField country = new TextField();
    private final Grid<OrganizationCard> organizations = new Grid<>();
    private final Grid<ContactCard> contacts = new Grid<>();
    private final Tab organizationsTab = new Tab();
    private final Tab contactsTab = new Tab();

    DirectoryView(DirectoryFacade directory, ListExports exports, ImportService imports) {
        this.directory = directory;
        setSizeFull();
        configureFilters();
        configureOrganizations();
        configureContacts();
        organizationsTab.setLabel(getTranslation("directory.organizations"));
        contactsTab.setLabel(getTranslation("directory.contacts"));
        var tabs = new Tabs(organizationsTab, contactsTab);
        tabs.setId("directory-tabs");
        tabs.addSelectedChangeListener(change -> showTab(change.getSelectedTab() == contactsTab));
        var export = new ExportMenu("directory-export")
                .addList("directory.organizations", "organizations", language -> exports.organizations(
                        search.getValue(), type.getValue(),
                        country.getValue().isBlank() ? null : country.getValue().strip(), language))
                .addList("directory.contacts", "contacts",
                        language -> exports.contacts(search.getValue(), null, language));
        var filters = new HorizontalLayout(search, type, country, export);
        if (imports.mayImport()) {
            var importLink = new Anchor("directory/import", getTranslation("import.open"));
            importLink.setId("directory-import");
            filters.add(importLink);
            var duplicatesLink = new Anchor("directory/duplicates", getTranslation("duplicates.open"));
            duplicatesLink.setId("directory-duplicates");
            filters.add(duplicatesLink);
        }
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(Accessibility.screenTitle(getTranslation("nav.directory")), tabs, filters, organizations, contacts);
        setFlexGrow(1, organizations, contacts);
        showTab(false);
        directory.keepFresh(this, this::refresh);
    }

    private void configureFilters() {
        search.setId("search");
        search.setLabel(getTranslation("directory.search"));
        search.setPlaceholder(getTranslation("directory.searchHint"));
        search.setClearButtonVisible(true);
        search.setWidth("22em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        type.setId("type");
        type.setLabel(getTranslation("directory.type"));
        type.setItems(OrganizationType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("directory.anyType"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("directory.anyType")
                : getTranslation("orgType." + t.name()));
        type.addValueChangeListener(change -> refresh());
        country.setId("country");
        country.setLabel(getTranslation("directory.country"));
        country.setPlaceholder("IT, CN…");
        country.setWidth("8em");
        country.setMaxLength(2);
        country.setValueChangeMode(ValueChangeMode.LAZY);
        country.addValueChangeListener(change -> refresh());
    }

    private void configureOrganizations() {
        organizations.setId("organizations");
        organizations.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        organizations.addColumn(OrganizationCard::name).setHeader(getTranslation("directory.name")).setFlexGrow(2);
        organizations.addColumn(o -> o.nativeName() == null ? "" : o.nativeName())
                .setHeader(getTranslation("directory.nativeName")).setFlexGrow(1);
        organizations.addColumn(o -> getTranslation("orgType." + o.type())).setHeader(getTranslation("directory.type"))
                .setAutoWidth(true);
        organizations.addColumn(o -> o.city() + " (" + o.country() + ")").setHeader(getTranslation("directory.place"))
                .setAutoWidth(true);
        organizations.setEmptyStateText(getTranslation("directory.noneFound"));
        organizations.setItems(query -> directory.organizations(search.getValue(), type.getValue(),
                country.getValue().isBlank() ? null : country.getValue().strip(), query.getOffset(),
                query.getLimit()).stream());
        organizations.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(OrganizationView.class,
                new RouteParameters("organizationId", click.getItem().organizationId().toString()))));
    }

    private void configureContacts() {
        contacts.setId("contacts");
        contacts.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        contacts.addColumn(c -> c.erased() ? getTranslation("contact.erased") : c.fullName())
                .setHeader(getTranslation("directory.name")).setFlexGrow(2);
        contacts.addColumn(ContactCard::roleTitle).setHeader(getTranslation("contact.role")).setFlexGrow(2);
        contacts.addColumn(ContactCard::organizationName).setHeader(getTranslation("contact.organization"))
                .setFlexGrow(2);
        contacts.addColumn(c -> c.email() == null ? "" : c.email()).setHeader(getTranslation("contact.email"))
                .setFlexGrow(1);
        contacts.setEmptyStateText(getTranslation("directory.noneFound"));
        contacts.setItems(query -> directory.contacts(search.getValue(), query.getOffset(), query.getLimit())
                .stream());
    }

    private void showTab(boolean showContacts) {
        organizations.setVisible(!showContacts);
        contacts.setVisible(showContacts);
        type.setVisible(!showContacts);
        country.setVisible(!showContacts);
    }

    private void refresh() {
        organizations.getDataProvider().refreshAll();
        contacts.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.directory") + " · Ponte";
    }
}
