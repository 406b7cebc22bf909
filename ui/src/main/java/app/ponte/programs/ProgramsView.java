package app.ponte.programs;

import app.ponte.dashboard.ProgramSummary;
import app.ponte.export.ExportMenu;
import app.ponte.export.ListExports;
import app.ponte.layout.Accessibility;
import app.ponte.layout.MainLayout;
import app.ponte.layout.Times;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

/** Every program the officer may see; choosing one opens its dashboard. */
@Route(value = "programs", layout = MainLayout.class)
@PermitAll
class ProgramsView extends VerticalLayout implements HasDynamicTitle {

    private final ProgramsFacade programs;
    private final Grid<ProgramSummary> grid = new Grid<>();

    ProgramsView(ProgramsFacade programs, ListExports exports) {
        this.programs = programs;
        setSizeFull();
        configureGrid();
        var heading = new HorizontalLayout(Accessibility.screenTitle(getTranslation("programs.title")),
                new ExportMenu("programs-export", exports::programs));
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(heading, grid);
        programs.keepProgramsFresh(this, this::refresh);
        refresh();
    }

    private void configureGrid() {
        grid.setId("programs");
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        var times = Times.of(getLocale());
        grid.addColumn(ProgramSummary::name).setHeader(getTranslation("programs.name")).setFlexGrow(3);
        grid.addColumn(p -> p.start() == null ? "" : times.dates(p.start(), p.end()))
                .setHeader(getTranslation("programs.period")).setAutoWidth(true);
        grid.addColumn(ProgramSummary::missions).setHeader(getTranslation("programs.missions")).setAutoWidth(true);
        grid.addColumn(ProgramSummary::engagementsHeld).setHeader(getTranslation("programs.held")).setAutoWidth(true);
        grid.addColumn(ProgramSummary::outcomes).setHeader(getTranslation("programs.outcomes")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.closed() ? "programs.closed" : "programs.running"))
                .setHeader(getTranslation("programs.status")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("programs.none"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ProgramDashboardView.class,
                new RouteParameters("programId", click.getItem().programId().toString()))));
    }

    private void refresh() {
        grid.setItems(programs.programs());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programs.title") + " · Ponte";
    }
}
