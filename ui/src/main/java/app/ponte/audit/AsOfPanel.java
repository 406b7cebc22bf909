package app.ponte.audit;

import app.ponte.agenda.EngagementSummary;
import app.ponte.agenda.MissionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The agenda as it stood at a chosen moment, rebuilt from the events up to then and marked as historical. */
class AsOfPanel extends VerticalLayout {

    private static final DateTimeFormatter VENUE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm",
            Locale.ENGLISH);

    private final AuditFacade audit;
    private final DateTimePicker moment = new DateTimePicker("As of (UTC)");
    private final Button show = new Button("Show the agenda as of then");
    private final HistoricalBanner banner = new HistoricalBanner("historical-banner");
    private final Grid<EngagementSummary> agenda = new Grid<>();
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
        var form = new HorizontalLayout(moment, show);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(form, banner, agenda);
        setFlexGrow(1, agenda);
    }

    private void configureGrid() {
        agenda.setId("as-of-agenda");
        agenda.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        agenda.addColumn(e -> missionTitle(e)).setHeader("Mission").setAutoWidth(true);
        agenda.addColumn(e -> VENUE_TIME.format(e.venueStart()) + " (" + e.zone().getId() + ")")
                .setHeader("Venue time").setAutoWidth(true).setFlexGrow(0);
        agenda.addColumn(EngagementSummary::title).setHeader("Title").setFlexGrow(1);
        agenda.addColumn(EngagementSummary::venue).setHeader("Venue").setAutoWidth(true);
        agenda.setEmptyStateText("Nothing was scheduled then.");
        agenda.setVisible(false);
    }

    private String missionTitle(EngagementSummary engagement) {
        var mission = missions.get(engagement.missionId().toString());
        return mission == null ? "" : mission.title();
    }

    private void showAgenda() {
        if (moment.getValue() == null) {
            moment.setInvalid(true);
            moment.setErrorMessage("Pick the moment to look at");
            return;
        }
        moment.setInvalid(false);
        var historical = audit.agendaAsOf(Moments.fromPicker(moment.getValue()));
        missions = historical.missions().stream()
                .collect(Collectors.toMap(m -> m.missionId().toString(), Function.identity()));
        agenda.setItems(historical.engagements());
        agenda.setVisible(true);
        int count = historical.missions().size();
        banner.show("the agenda (" + count + (count == 1 ? " mission)" : " missions)"), historical.asOf(),
                historical.events());
    }
}
