package app.ponte.followups;

import app.ponte.audit.RecordHistory;
import app.ponte.audit.RecordType;
import app.ponte.export.ExportMenu;
import app.ponte.export.ListExports;
import app.ponte.layout.MainLayout;
import app.ponte.dashboard.ProgramSummary;
import app.ponte.layout.Accessibility;
import app.ponte.layout.MainLayout;
import app.ponte.layout.Times;
import app.ponte.security.AccessDenied;
import app.ponte.shared.DomainException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Follow-ups across the visible programs, filtered by owner, program and lateness; the grid loads page by page. */
@Route(value = "follow-ups", layout = MainLayout.class)
@PermitAll
class FollowUpsView extends VerticalLayout implements HasDynamicTitle {

    private final FollowUpsFacade followUps;
    private final TextField owner = new TextField();
    private final Checkbox mineOnly = new Checkbox();
    /** Who "mine" means: the user signed in when the screen opened, asked once rather than on every page. */
    private final String me;
    private final ComboBox<ProgramSummary> program = new ComboBox<>();
    private final Checkbox overdueOnly = new Checkbox();
    private final Checkbox openOnly = new Checkbox();
    private final Grid<FollowUpItem> grid = new Grid<>();

    private final RecordHistory history;

    FollowUpsView(FollowUpsFacade followUps, ListExports exports, RecordHistory history) {
        this.followUps = followUps;
        this.history = history;
        this.me = followUps.myUserId().orElse("");
        setSizeFull();
        configureFilters();
        configureGrid();
        // The export reads the filters when it is asked for, exactly as the grid's next page would.
        var export = new ExportMenu("follow-ups-export", language -> exports.followUps(
                followUps.programsOf(program.getValue() == null ? null : program.getValue().programId()),
                ownerFilter(), overdueOnly.getValue(), openOnly.getValue(), language));
        var filters = new HorizontalLayout(mineOnly, owner, program, overdueOnly, openOnly, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(Accessibility.screenTitle(getTranslation("nav.followUps")), filters, grid);
        setFlexGrow(1, grid);
        followUps.keepFresh(this, () -> grid.getDataProvider().refreshAll());
    }

    private void configureFilters() {
        owner.setId("owner");
        owner.setLabel(getTranslation("followUp.owner"));
        owner.setPlaceholder(getTranslation("followUp.anyone"));
        owner.setClearButtonVisible(true);
        owner.setValueChangeMode(ValueChangeMode.LAZY);
        program.setId("program");
        program.setLabel(getTranslation("followUp.program"));
        program.setItems(followUps.programs());
        program.setItemLabelGenerator(ProgramSummary::name);
        program.setClearButtonVisible(true);
        mineOnly.setId("mine-only");
        mineOnly.setLabel(getTranslation("followUp.mineOnly"));
        // Mine replaces the owner typed: the two would contradict each other, as the API refuses them together.
        mineOnly.addValueChangeListener(change -> {
            owner.setEnabled(!change.getValue());
            grid.getDataProvider().refreshAll();
        });
        overdueOnly.setId("overdue-only");
        overdueOnly.setLabel(getTranslation("followUp.overdueOnly"));
        openOnly.setId("open-only");
        openOnly.setLabel(getTranslation("followUp.openOnly"));
        openOnly.setValue(true);
        owner.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        program.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        overdueOnly.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        openOnly.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
    }

    private void configureGrid() {
        grid.setId("follow-ups");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        var times = Times.of(getLocale());
        grid.addColumn(FollowUpItem::description).setHeader(getTranslation("followUp.description")).setFlexGrow(3)
                .setTooltipGenerator(FollowUpItem::description);
        grid.addColumn(FollowUpItem::ownerUserId).setHeader(getTranslation("followUp.owner")).setAutoWidth(true);
        grid.addColumn(f -> times.date(f.dueOn())).setHeader(getTranslation("followUp.due")).setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(getTranslation("followUp.state")).setAutoWidth(true);
        grid.addComponentColumn(this::completeButton).setAutoWidth(true).setFlexGrow(0).setKey("complete");
        if (history.offered()) {
            grid.addComponentColumn(f -> history.small("follow-up-history-" + f.followUpId(),
                    getTranslation("history.of", f.description()), RecordType.FOLLOW_UP, f.followUpId()).orElseThrow())
                    .setAutoWidth(true).setFlexGrow(0).setKey("history");
        }
        grid.setEmptyStateText(getTranslation("followUp.none"));
        // Lazy: only the rows in view are asked for, a page at a time.
        grid.setItems(query -> followUps.page(program.getValue() == null ? null : program.getValue().programId(),
                ownerFilter(), overdueOnly.getValue(), openOnly.getValue(), query.getOffset(), query.getLimit())
                .stream());
    }

    /** Null for anyone; with nobody signed in, "mine" is an owner nobody is, so it matches nothing. */
    private String ownerFilter() {
        if (mineOnly.getValue()) {
            return me;
        }
        return owner.getValue().isBlank() ? null : owner.getValue().strip();
    }

    private Span state(FollowUpItem item) {
        var state = new Span(item.completedOn() != null ? getTranslation("followUp.done")
                : item.overdue() ? getTranslation("followUp.daysLate", item.daysOverdue())
                : getTranslation("followUp.open"));
        if (item.overdue()) {
            state.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        }
        return state;
    }

    private Button completeButton(FollowUpItem item) {
        var complete = new Button(getTranslation("followUp.complete"), click -> {
            try {
                followUps.complete(item.followUpId());
                grid.getDataProvider().refreshAll();
            } catch (DomainException | AccessDenied rejected) {
                Notification.show(rejected.getMessage(), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        complete.setId("complete-" + item.followUpId());
        complete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        complete.setEnabled(item.completedOn() == null);
        return complete;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.followUps") + " · Ponte";
    }
}
