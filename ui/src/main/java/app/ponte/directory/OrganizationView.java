package app.ponte.directory;

import app.ponte.audit.RecordHistory;
import app.ponte.audit.RecordType;
import app.ponte.layout.Accessibility;
import app.ponte.layout.MainLayout;
import app.ponte.layout.NotFoundView;
import app.ponte.layout.Times;
import app.ponte.organization.OrganizationId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** One organization, 360°: every engagement, outcome, contact and opportunity with it, across programs. */
@Route(value = "organizations/:organizationId", layout = MainLayout.class)
@PermitAll
class OrganizationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DirectoryFacade directory;
    private final H1 name = Accessibility.screenTitle("");
    private final Span details = new Span();
    private final Anchor website = new Anchor();
    private final Grid<Organization360.Engagement> engagements = new Grid<>();
    private final Grid<Organization360.Outcome> outcomes = new Grid<>();
    private final Grid<ContactCard> contacts = new Grid<>();
    private final Grid<Organization360.Opportunity> opportunities = new Grid<>();
    private final RecordHistory history;
    private final HorizontalLayout actions = new HorizontalLayout();
    private OrganizationId organizationId;

    OrganizationView(DirectoryFacade directory, RecordHistory history) {
        this.directory = directory;
        this.history = history;
        setWidthFull();
        name.setId("organization-name");
        name.getStyle().set("margin-bottom", "0");
        details.getStyle().set("color", "var(--lumo-secondary-text-color)");
        website.setTarget("_blank");
        configureGrids();
        var back = new RouterLink(getTranslation("organization.back"), DirectoryView.class);
        back.setId("back-to-directory");
        back.getElement().insertChild(0, VaadinIcon.ARROW_LEFT.create().getElement());
        actions.setId("organization-actions");
        actions.getStyle().set("flex-wrap", "wrap");
        history.labelled("organization-history", getTranslation("action.history"), RecordType.ORGANIZATION,
                () -> organizationId).ifPresent(actions::add);
        add(back, name, new HorizontalLayout(details, website), actions,
                section("organization.engagements", engagements), section("organization.outcomes", outcomes),
                section("organization.contacts", contacts), section("organization.opportunities", opportunities));
    }

    private Component section(String heading, Grid<?> grid) {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("organization.nothing"));
        var title = new H3(getTranslation(heading));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)");
        var section = new VerticalLayout(title, grid);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    private void configureGrids() {
        var times = Times.of(getLocale());
        engagements.setId("organization-engagements");
        engagements.addColumn(e -> times.dateTime(e.startsAt().atZone(e.zone())) + " (" + e.zone() + ")")
                .setHeader(getTranslation("time.venue")).setAutoWidth(true);
        engagements.addColumn(e -> getTranslation("kind." + e.kind())).setHeader(getTranslation("engagement.kind"))
                .setAutoWidth(true);
        engagements.addColumn(Organization360.Engagement::title).setHeader(getTranslation("engagement.title"))
                .setFlexGrow(3).setTooltipGenerator(Organization360.Engagement::title);
        engagements.addColumn(Organization360.Engagement::missionTitle).setHeader(getTranslation("mission.title"))
                .setFlexGrow(2).setTooltipGenerator(Organization360.Engagement::missionTitle);
        engagements.addColumn(e -> getTranslation("status." + e.status())).setHeader(getTranslation(
                "engagement.status")).setAutoWidth(true);
        outcomes.setId("organization-outcomes");
        outcomes.addColumn(o -> getTranslation("outcome." + o.kind())).setHeader(getTranslation("outcome.kind"))
                .setAutoWidth(true);
        outcomes.addColumn(Organization360.Outcome::description).setHeader(getTranslation("outcome.description"))
                .setFlexGrow(1);
        contacts.setId("organization-contacts");
        contacts.addColumn(c -> c.erased() ? getTranslation("contact.erased") : c.fullName())
                .setHeader(getTranslation("directory.name")).setFlexGrow(1);
        contacts.addColumn(ContactCard::roleTitle).setHeader(getTranslation("contact.role")).setFlexGrow(1);
        contacts.addColumn(c -> c.email() == null ? "" : c.email()).setHeader(getTranslation("contact.email"))
                .setFlexGrow(1);
        if (history.offered()) {
            contacts.addComponentColumn(c -> history.small("contact-history-" + c.contactId(),
                    getTranslation("history.of", c.erased() ? getTranslation("contact.erased") : c.fullName()),
                    RecordType.CONTACT, c.contactId()).orElseThrow())
                    .setHeader(getTranslation("action.history")).setAutoWidth(true).setFlexGrow(0);
        }
        opportunities.setId("organization-opportunities");
        opportunities.addColumn(Organization360.Opportunity::title).setHeader(getTranslation("opportunity.title"))
                .setFlexGrow(2);
        opportunities.addColumn(o -> o.dropped() ? getTranslation("stage.DROPPED")
                : getTranslation("stage." + o.stage())).setHeader(getTranslation("opportunity.stage"))
                .setAutoWidth(true);
        if (history.offered()) {
            opportunities.addComponentColumn(o -> history.small("opportunity-history-" + o.opportunityId(),
                    getTranslation("history.of", o.title()), RecordType.OPPORTUNITY, o.opportunityId()).orElseThrow())
                    .setHeader(getTranslation("action.history")).setAutoWidth(true).setFlexGrow(0);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = NotFoundView.recordId(event, "organizationId", OrganizationId::of);
        if (id.isEmpty()) {
            return;
        }
        // The read model answers a placeholder for an id it does not know; every registered organization has a type.
        if (NotFoundView.visibleRecord(event, () -> directory.organization(id.get()),
                view -> view.organization() != null && view.organization().type() != null).isEmpty()) {
            return;
        }
        organizationId = id.get();
        directory.keepFresh(this, this::refresh);
        refresh();
    }

    private void refresh() {
        var view = directory.organization(organizationId);
        var organization = view.organization();
        name.setText(organization.nativeName() == null ? organization.name()
                : organization.name() + " · " + organization.nativeName());
        details.setText(organization.type() == null ? "" : getTranslation("orgType." + organization.type()) + " · "
                + organization.city() + " (" + organization.country() + ")");
        website.setVisible(organization.website() != null);
        if (organization.website() != null) {
            website.setHref(organization.website());
            website.setText(organization.website());
        }
        engagements.setItems(view.engagements());
        outcomes.setItems(view.outcomes());
        contacts.setItems(view.contacts());
        opportunities.setItems(view.opportunities());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.directory") + " · Ponte";
    }
}
