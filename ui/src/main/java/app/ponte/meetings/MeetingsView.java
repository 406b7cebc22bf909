package app.ponte.meetings;

import app.ponte.agenda.EngagementSummary;
import app.ponte.agenda.MissionSummary;
import app.ponte.layout.Accessibility;
import app.ponte.layout.MainLayout;
import app.ponte.layout.Times;
import app.ponte.mission.EngagementEndsBeforeItStarts;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementOutsideMissionDates;
import app.ponte.security.AccessDenied;
import app.ponte.shared.DomainException;
import app.ponte.shared.Futures;
import app.ponte.shared.InvalidField;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A mission's agenda, live, beside the form that schedules into it; where a signed-in officer lands. The agenda and
 * the form share the height left under the heading and each scrolls on its own, so at any window size the whole
 * form, its button included, stays inside the page and clear of the layout's bar.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
class MeetingsView extends VerticalLayout implements HasDynamicTitle {

    private final Times times;
    private final AgendaFacade agenda;
    private final ComboBox<MissionSummary> mission = new ComboBox<>();
    private final Grid<EngagementSummary> grid = new Grid<>();
    private final MeetingForm form = new MeetingForm();
    private final Map<EngagementId, EngagementSummary> engagements = new HashMap<>();
    private final Map<String, MissionSummary> missions = new HashMap<>();
    private ZoneId viewerZone = ZoneId.of("UTC");
    private AgendaFacade.Subscription missionsWatch;
    private AgendaFacade.Subscription agendaWatch;

    MeetingsView(AgendaFacade agenda) {
        this.agenda = agenda;
        times = Times.of(getLocale());
        setSizeFull();
        configureMissionPicker();
        configureGrid();
        form.addScheduleListener(event -> schedule(event.draft()));
        form.setWidth("22em");
        // Never taller than the space it is given: it scrolls instead of pushing its button under the page's edge.
        form.getStyle().set("flex", "0 0 22em").set("max-height", "100%").set("overflow-y", "auto")
                .set("box-sizing", "border-box").set("padding", "0 var(--lumo-space-s)");
        var content = new HorizontalLayout(grid, form);
        content.setWidthFull();
        content.setFlexGrow(1, grid);
        // A flex item's minimum height is its content's by default, which would let the form overflow the page.
        content.getStyle().set("min-height", "0");
        grid.setHeightFull();
        add(header(), content);
        setFlexGrow(1, content);
    }

    private HorizontalLayout header() {
        var title = Accessibility.screenTitle(getTranslation("nav.meetings"));
        title.getStyle().set("margin", "0");
        var header = new HorizontalLayout(title, mission);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.getStyle().set("flex-wrap", "wrap");
        return header;
    }

    private void configureMissionPicker() {
        mission.setId("mission");
        mission.setLabel(getTranslation("mission.title"));
        mission.setWidth("32em");
        mission.setMaxWidth("100%");
        mission.setItemLabelGenerator(m -> getTranslation("meetings.missionLabel", m.title(),
                times.date(m.startDate()), times.date(m.endDate())));
        mission.addValueChangeListener(change -> showAgendaOf(change.getValue()));
    }

    private void configureGrid() {
        grid.setId("agenda");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Every engagement of a mission shares the mission's zone, so the zone is said once, in the header.
        grid.addColumn(e -> times.span(e.venueStart(), e.venueEnd()))
                .setHeader(getTranslation("time.venue")).setAutoWidth(true).setFlexGrow(0).setKey("venue-time");
        grid.addColumn(e -> times.span(e.startsAt().atZone(viewerZone), e.endsAt().atZone(viewerZone)))
                .setHeader(getTranslation("time.viewer")).setAutoWidth(true).setFlexGrow(0).setKey("viewer-time");
        grid.addColumn(e -> getTranslation("kind." + e.kind().name()))
                .setHeader(getTranslation("engagement.kind")).setWidth("8em").setFlexGrow(0);
        grid.addColumn(EngagementSummary::title).setHeader(getTranslation("engagement.title")).setFlexGrow(3)
                .setWidth("12em").setTooltipGenerator(EngagementSummary::title);
        grid.addColumn(EngagementSummary::venue).setHeader(getTranslation("engagement.venue")).setFlexGrow(1)
                .setWidth("8em").setTooltipGenerator(EngagementSummary::venue);
        grid.addColumn(e -> String.join(", ", e.themes())).setHeader(getTranslation("engagement.themes"))
                .setFlexGrow(1).setWidth("8em");
        grid.setEmptyStateText(getTranslation("mission.nothingScheduled"));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        var ui = attachEvent.getUI();
        Times.viewerZone(ui, zone -> {
            viewerZone = zone;
            grid.getColumnByKey("viewer-time").setHeader(inZone("time.viewer", viewerZone));
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
        grid.getColumnByKey("venue-time").setHeader(inZone("time.venue", selected.zone()));
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

    private String inZone(String key, ZoneId zone) {
        return getTranslation(key) + " (" + zone.getId() + ")";
    }

    /* The form shows progress until the mission has decided; its verdict arrives on another thread. */
    private void schedule(MeetingDraft draft) {
        var selected = Objects.requireNonNull(mission.getValue(), "the form is disabled without a mission");
        var ui = UI.getCurrent();
        form.showProgress(true);
        agenda.schedule(selected.missionId(), draft.getKind(), draft.getTitle(), draft.getVenue(), draft.getStart(),
                draft.getEnd(), draft.themeList()).whenComplete((scheduled, failure) -> ui.access(() -> {
                    form.showProgress(false);
                    if (failure == null) {
                        Notification.show(getTranslation("meetings.scheduled", draft.getTitle()), 3000,
                                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        form.clearForNext();
                    } else {
                        showVerdict(Futures.unwrap(failure));
                    }
                }));
    }

    /** The domain's rejection as it worded it: beside the field it names, or in a notification. */
    private void showVerdict(Throwable failure) {
        if (failure instanceof InvalidField invalid && form.showError(invalid.field(), invalid.rule())) {
            return;
        }
        if (failure instanceof EngagementOutsideMissionDates outside) {
            form.showError("start", outside.getMessage());
        } else if (failure instanceof EngagementEndsBeforeItStarts backwards) {
            form.showError("end", backwards.getMessage());
        } else if (failure instanceof DomainException || failure instanceof AccessDenied) {
            showRejection(failure.getMessage());
        } else {
            showRejection(getTranslation("error.unexpected"));
        }
    }

    private static void showRejection(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.meetings") + " · Ponte";
    }
}
