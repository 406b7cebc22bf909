package app.ponte.audit;

import app.ponte.agenda.EngagementSummary;
import app.ponte.agenda.MissionSummary;
import app.ponte.dashboard.ProgramSummary;
import app.ponte.layout.DatePickers;
import app.ponte.layout.Times;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The agenda, or a program's dashboard, as it stood at a chosen moment: rebuilt from the events up to then, never
 * read from today's read models, and marked as historical.
 */
class AsOfPanel extends VerticalLayout {

    private final AuditFacade audit;
    private final DateTimePicker moment = DatePickers.localize(new DateTimePicker(getTranslation("audit.asOfUtc")));
    private final Button show = new Button(getTranslation("audit.asOf.showAgenda"));
    private final HistoricalBanner banner = new HistoricalBanner("historical-banner");
    private final Grid<EngagementSummary> agenda = new Grid<>();
    private final ComboBox<ProgramSummary> program = new ComboBox<>(getTranslation("audit.program"));
    private final Button showDashboard = new Button(getTranslation("audit.asOf.showDashboard"));
    private final Grid<FieldValue> dashboard = new Grid<>();
    private Map<String, MissionSummary> missions = Map.of();

    AsOfPanel(AuditFacade audit) {
        this.audit = audit;
        setSizeFull();
        setPadding(false);
        moment.setId("as-of-moment");
        // The picker counts in minutes: starting at the next one covers everything recorded so far.
        moment.setValue(Moments.toPicker(Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES)));
        show.setId("show-as-of");
        show.addClickListener(click -> showAgenda());
        configureGrid();
        configureDashboard();
        var form = new HorizontalLayout(moment, show, program, showDashboard);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(form, banner, agenda, dashboard);
        setFlexGrow(1, agenda);
    }

    private void configureDashboard() {
        program.setId("as-of-program");
        program.setWidth("22em");
        program.setItemLabelGenerator(ProgramSummary::name);
        program.setItems(audit.programs());
        showDashboard.setId("show-dashboard-as-of");
        showDashboard.addClickListener(click -> showDashboard());
        dashboard.setId("as-of-dashboard");
        dashboard.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        dashboard.addColumn(FieldValue::field).setHeader(getTranslation("audit.figure")).setAutoWidth(true)
                .setFlexGrow(0);
        dashboard.addColumn(FieldValue::value).setHeader(getTranslation("audit.value")).setFlexGrow(1);
        dashboard.setVisible(false);
    }

    private void configureGrid() {
        agenda.setId("as-of-agenda");
        agenda.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        agenda.addColumn(e -> missionTitle(e)).setHeader(getTranslation("mission.title")).setAutoWidth(true);
        agenda.addColumn(e -> Times.of(getLocale()).dateTime(e.venueStart()) + " (" + e.zone().getId() + ")")
                .setHeader(getTranslation("time.venue")).setAutoWidth(true).setFlexGrow(0);
        agenda.addColumn(EngagementSummary::title).setHeader(getTranslation("engagement.title")).setFlexGrow(1);
        agenda.addColumn(EngagementSummary::venue).setHeader(getTranslation("engagement.venue")).setAutoWidth(true);
        agenda.setEmptyStateText(getTranslation("audit.asOf.nothingScheduled"));
        agenda.setVisible(false);
    }

    private String missionTitle(EngagementSummary engagement) {
        var mission = missions.get(engagement.missionId().toString());
        return mission == null ? "" : mission.title();
    }

    private boolean momentPicked() {
        boolean missing = moment.getValue() == null;
        moment.setInvalid(missing);
        moment.setErrorMessage(missing ? getTranslation("audit.momentRequired") : null);
        return !missing;
    }

    private void showDashboard() {
        boolean noProgram = program.getValue() == null;
        program.setInvalid(noProgram);
        program.setErrorMessage(noProgram ? getTranslation("audit.asOf.programRequired") : null);
        if (!momentPicked() || noProgram) {
            return;
        }
        var picked = program.getValue();
        var historical = audit.dashboardAsOf(picked.programId(), Moments.fromPicker(moment.getValue()));
        agenda.setVisible(false);
        dashboard.setItems(historical.map(h -> DashboardFigures.of(h.dashboard(), this)).orElse(List.of()));
        dashboard.setVisible(true);
        banner.show(getTranslation("audit.asOf.dashboardOf", picked.name()), Moments.fromPicker(moment.getValue()),
                historical.map(HistoricalDashboard::events).orElse(0L));
    }

    private void showAgenda() {
        if (!momentPicked()) {
            return;
        }
        var historical = audit.agendaAsOf(Moments.fromPicker(moment.getValue()));
        missions = historical.missions().stream()
                .collect(Collectors.toMap(m -> m.missionId().toString(), Function.identity()));
        agenda.setItems(historical.engagements());
        agenda.setVisible(true);
        dashboard.setVisible(false);
        int count = historical.missions().size();
        banner.show(getTranslation("audit.asOf.agenda", count), historical.asOf(),
                historical.events());
    }
}
