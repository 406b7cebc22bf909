package app.ponte.meetings;

import app.ponte.agenda.EngagementSummary;
import app.ponte.agenda.MissionSummary;
import app.ponte.mission.EngagementEndsBeforeItStarts;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementOutsideMissionDates;
import app.ponte.mission.InvalidMissionInput;
import app.ponte.mission.MissionRejection;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** A mission's agenda, live, beside the form that schedules into it. */
@Route("")
@PermitAll
@PageTitle("Meetings · Ponte")
class MeetingsView extends VerticalLayout {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm",
            Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final AgendaFacade agenda;
    private final ComboBox<MissionSummary> mission = new ComboBox<>("Mission");
    private final Grid<EngagementSummary> grid = new Grid<>();
    private final MeetingForm form = new MeetingForm();
    private final Map<EngagementId, EngagementSummary> engagements = new HashMap<>();
    private final Map<String, MissionSummary> missions = new HashMap<>();
    private ZoneId viewerZone = ZoneId.of("UTC");
    private AgendaFacade.Subscription missionsWatch;
    private AgendaFacade.Subscription agendaWatch;

    MeetingsView(AgendaFacade agenda) {
        this.agenda = agenda;
        setSizeFull();
        configureMissionPicker();
        configureGrid();
        form.setWidth("22em");
        form.addScheduleListener(event -> schedule(event.draft()));
        var content = new HorizontalLayout(grid, form);
        content.setSizeFull();
        content.setFlexGrow(1, grid);
        add(header(), mission, content);
        setFlexGrow(1, content);
    }

    private static HorizontalLayout header() {
        var title = new H1("Ponte");
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin", "0");
        var subtitle = new Span("Meetings");
        subtitle.getStyle().set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-l)");
        var header = new HorizontalLayout(title, subtitle);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                .set("padding-bottom", "var(--lumo-space-s)");
        return header;
    }

    private void configureMissionPicker() {
        mission.setId("mission");
        mission.setWidth("32em");
        mission.setItemLabelGenerator(m -> m.title() + " · " + DAY.format(m.startDate()) + " to "
                + DAY.format(m.endDate()));
        mission.addValueChangeListener(change -> showAgendaOf(change.getValue()));
    }

    private void configureGrid() {
        grid.setId("agenda");
        grid.setHeightFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Every engagement of a mission shares the mission's zone, so the zone is said once, in the header.
        grid.addColumn(e -> span(e.venueStart(), e.venueEnd()))
                .setHeader("Venue time").setAutoWidth(true).setFlexGrow(0).setKey("venue-time");
        grid.addColumn(e -> span(e.startsAt().atZone(viewerZone), e.endsAt().atZone(viewerZone)))
                .setHeader("Your time").setAutoWidth(true).setFlexGrow(0).setKey("viewer-time");
        grid.addColumn(e -> e.kind().name().charAt(0) + e.kind().name().substring(1).toLowerCase(Locale.ROOT))
                .setHeader("Kind").setWidth("8em").setFlexGrow(0);
        grid.addColumn(EngagementSummary::title).setHeader("Title").setFlexGrow(3).setWidth("12em")
                .setTooltipGenerator(EngagementSummary::title);
        grid.addColumn(EngagementSummary::venue).setHeader("Venue").setFlexGrow(1).setWidth("8em")
                .setTooltipGenerator(EngagementSummary::venue);
        grid.addColumn(e -> String.join(", ", e.themes())).setHeader("Themes").setFlexGrow(1).setWidth("8em");
        grid.setEmptyStateText("Nothing scheduled yet.");
    }

    private static String span(ZonedDateTime start, ZonedDateTime end) {
        var endText = end.toLocalDate().equals(start.toLocalDate()) ? TIME.format(end) : DAY_AND_TIME.format(end);
        return DAY_AND_TIME.format(start) + "–" + endText;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        var ui = attachEvent.getUI();
        ui.getPage().retrieveExtendedClientDetails(details -> {
            viewerZone = zoneOrUtc(details.getTimeZoneId());
            grid.getColumnByKey("viewer-time").setHeader("Your time (" + viewerZone.getId() + ")");
            grid.getDataProvider().refreshAll();
        });
        missionsWatch = agenda.watchMissions(arrived -> ui.access(() -> mergeMissions(arrived)));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        close(missionsWatch);
        close(agendaWatch);
        missionsWatch = null;
        agendaWatch = null;
    }

    private static ZoneId zoneOrUtc(String id) {
        try {
            return id == null ? ZoneId.of("UTC") : ZoneId.of(id);
        } catch (DateTimeException unknownToJava) {
            return ZoneId.of("UTC");
        }
    }

    private static void close(AgendaFacade.Subscription subscription) {
        if (subscription != null) {
            subscription.close();
        }
    }

    private void mergeMissions(List<MissionSummary> arrived) {
        arrived.forEach(m -> missions.put(m.missionId().toString(), m));
        var sorted = new ArrayList<>(missions.values());
        sorted.sort(Comparator.comparing(MissionSummary::startDate).thenComparing(MissionSummary::title));
        var selected = mission.getValue();
        mission.setItems(sorted);
        if (selected != null) {
            mission.setValue(missions.get(selected.missionId().toString()));
        } else if (!sorted.isEmpty()) {
            mission.setValue(sorted.get(0));
        }
    }

    private void showAgendaOf(MissionSummary selected) {
        close(agendaWatch);
        agendaWatch = null;
        engagements.clear();
        grid.setItems(List.of());
        form.showMission(selected);
        if (selected == null) {
            return;
        }
        grid.getColumnByKey("venue-time").setHeader("Venue time (" + selected.zone().getId() + ")");
        var ui = UI.getCurrent();
        agendaWatch = agenda.watchAgenda(selected.missionId(), arrived -> ui.access(() -> {
            var current = mission.getValue();
            if (current != null && current.missionId().equals(selected.missionId())) {
                mergeEngagements(arrived);
            }
        }));
    }

    private void mergeEngagements(List<EngagementSummary> arrived) {
        arrived.forEach(e -> engagements.put(e.engagementId(), e));
        var sorted = new ArrayList<>(engagements.values());
        sorted.sort(Comparator.comparing(EngagementSummary::startsAt).thenComparing(EngagementSummary::title));
        grid.setItems(sorted);
    }

    private void schedule(MeetingDraft draft) {
        var selected = Objects.requireNonNull(mission.getValue(), "the form is disabled without a mission");
        try {
            agenda.schedule(selected.missionId(), draft.getKind(), draft.getTitle(), draft.getVenue(),
                    draft.getStart(), draft.getEnd(), draft.themeList());
            Notification.show("Scheduled: " + draft.getTitle(), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            form.clearForNext();
        } catch (InvalidMissionInput invalid) {
            if (!form.showError(invalid.field(), invalid.rule())) {
                showRejection(invalid.getMessage());
            }
        } catch (EngagementOutsideMissionDates outside) {
            form.showError("start", outside.getMessage());
        } catch (EngagementEndsBeforeItStarts backwards) {
            form.showError("end", backwards.getMessage());
        } catch (MissionRejection rejection) {
            showRejection(rejection.getMessage());
        }
    }

    private static void showRejection(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
