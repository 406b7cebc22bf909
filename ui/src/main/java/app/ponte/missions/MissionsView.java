package app.ponte.missions;

import app.ponte.agenda.MissionSummary;
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

/** Every mission, earliest first; choosing one opens its page. */
@Route(value = "missions", layout = MainLayout.class)
@PermitAll
class MissionsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<MissionSummary> grid = new Grid<>();

    MissionsView(MissionsFacade missions, ListExports exports) {
        setSizeFull();
        grid.setId("missions");
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        var times = Times.of(getLocale());
        grid.addColumn(MissionSummary::title).setHeader(getTranslation("mission.title")).setFlexGrow(3);
        grid.addColumn(m -> m.city() + " (" + m.countryCode() + ")").setHeader(getTranslation("mission.destination"))
                .setAutoWidth(true);
        grid.addColumn(m -> times.dates(m.startDate(), m.endDate()))
                .setHeader(getTranslation("mission.dates")).setAutoWidth(true);
        grid.addColumn(m -> m.zone().getId()).setHeader(getTranslation("mission.zone")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("mission.none"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(MissionView.class,
                new RouteParameters("missionId", click.getItem().missionId().toString()))));
        grid.setItems(missions.missions());
        var heading = new HorizontalLayout(Accessibility.screenTitle(getTranslation("nav.missions")),
                new ExportMenu("missions-export", exports::missions));
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(heading, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.missions") + " · Ponte";
    }
}
