package app.ponte.missions;

import app.ponte.agenda.EngagementStatus;
import app.ponte.agenda.EngagementSummary;
import app.ponte.agenda.MissionAgenda;
import app.ponte.agenda.OutcomeSummary;
import app.ponte.audit.RecordHistory;
import app.ponte.audit.RecordType;
import app.ponte.export.ExportMenu;
import app.ponte.export.ListExports;
import app.ponte.layout.Accessibility;
import app.ponte.layout.MainLayout;
import app.ponte.layout.NotFoundView;
import app.ponte.layout.Times;
import app.ponte.mission.MissionId;
import app.ponte.reporting.ReportDialog;
import app.ponte.reporting.ReportsFacade;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import jakarta.annotation.security.PermitAll;

/**
 * A mission's page: its agenda by day, each engagement in the venue's time and the viewer's own, and the actions
 * that schedule, reschedule, cancel, hold, record attendance and log outcomes. The agenda stays live.
 */
@Route(value = "missions/:missionId", layout = MainLayout.class)
@PermitAll
class MissionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MissionsFacade missions;
    private final H1 title = Accessibility.screenTitle("");
    private final Span where = new Span();
    private final Anchor dashboard = new Anchor();
    private final Grid<EngagementSummary> agenda = new Grid<>();
    private final Button schedule = new Button();
    private final Button reschedule = new Button();
    private final Button cancel = new Button();
    private final Button hold = new Button();
    private final Button attendance = new Button();
    private final Button outcome = new Button();
    private final Button report = new Button();
    private final ReportsFacade reports;
    private MissionId missionId;
    private MissionAgenda current;
    private ZoneId viewerZone = ZoneId.of("UTC");

    private Optional<Button> engagementHistory = Optional.empty();

    MissionView(MissionsFacade missions, ListExports exports, ReportsFacade reports, RecordHistory history) {
        this.missions = missions;
        this.reports = reports;
        setSizeFull();
        where.getStyle().set("color", "var(--lumo-secondary-text-color)");
        title.getStyle().set("margin-bottom", "0");
        dashboard.setText(getTranslation("mission.toDashboard"));
        dashboard.setId("to-dashboard");
        configureActions();
        configureGrid();
        // The mission is known only once the route is entered; the export asks for it when chosen.
        var export = new ExportMenu("mission-export")
                .addList("export.agenda", "agenda", language -> exports.agenda(missionId, language))
                .addList("engagement.outcomes", "outcomes", language -> exports.outcomes(missionId, language));
        var heading = new HorizontalLayout(where, dashboard, export);
        heading.setSpacing(true);
        var actions = new HorizontalLayout(schedule, reschedule, cancel, hold, attendance, outcome, report);
        history.labelled("mission-history", getTranslation("action.history"), RecordType.MISSION, () -> missionId)
                .ifPresent(actions::add);
        engagementHistory = history.labelled("engagement-history", getTranslation("action.engagementHistory"),
                RecordType.ENGAGEMENT, () -> selected() == null ? null : selected().engagementId());
        engagementHistory.ifPresent(actions::add);
        actions.getStyle().set("flex-wrap", "wrap");
        add(title, heading, actions, agenda);
        setFlexGrow(1, agenda);
    }

    private void configureActions() {
        action(schedule, "schedule", "action.schedule", VaadinIcon.PLUS);
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        action(reschedule, "reschedule", "action.reschedule", VaadinIcon.CLOCK);
        action(cancel, "cancel", "action.cancel", VaadinIcon.BAN);
        action(hold, "hold", "action.markHeld", VaadinIcon.CHECK);
        action(attendance, "attendance", "action.attendance", VaadinIcon.USERS);
        action(outcome, "outcome", "action.logOutcome", VaadinIcon.STAR);
        action(report, "mission-report", "action.report", VaadinIcon.FILE_TEXT);
        report.addClickListener(click -> new ReportDialog(getTranslation("report.missionHeading"),
                "mission-report", List.of("pdf", "docx"), false,
                (format, language, from, to) -> reports.missionReport(missionId, format, language)).open());
        schedule.addClickListener(click -> open("dialog.schedule", "action.schedule",
                EngagementForms.schedule(current.mission(), missions.organizations())));
        reschedule.addClickListener(click -> open("dialog.reschedule", "action.reschedule",
                EngagementForms.reschedule(current.mission(), selected())));
        cancel.addClickListener(click -> open("dialog.cancel", "action.cancel", EngagementForms.cancel(selected())));
        hold.addClickListener(click -> open("dialog.markHeld", "action.markHeld",
                EngagementForms.markHeld(selected())));
        attendance.addClickListener(click -> open("dialog.attendance", "action.attendance",
                EngagementForms.attendance(selected(), missions.contacts(), missions.organizations())));
        outcome.addClickListener(click -> open("dialog.logOutcome", "action.logOutcome",
                EngagementForms.outcome(selected(), missions.organizations())));
    }

    private void action(Button button, String id, String label, VaadinIcon icon) {
        button.setId(id);
        button.setText(getTranslation(label));
        button.setIcon(icon.create());
    }

    private EngagementSummary selected() {
        return agenda.asSingleSelect().getValue();
    }

    private void open(String heading, String confirm, CommandForm form) {
        var subject = selected() == null || "dialog.schedule".equals(heading) ? "" : " · " + selected().title();
        new CommandDialog(getTranslation(heading) + subject, getTranslation(confirm), form, missions::send, () -> {
            Notification.show(getTranslation("mission.done"), 2500, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        }).open();
    }

    private void configureGrid() {
        agenda.setId("mission-agenda");
        agenda.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        var times = Times.of(getLocale());
        agenda.addColumn(e -> times.date(e.venueStart())).setHeader(getTranslation("mission.day"))
                .setAutoWidth(true).setFlexGrow(0).setKey("day");
        agenda.addColumn(e -> times.hours(e.venueStart(), e.venueEnd()))
                .setHeader(getTranslation("time.venue")).setAutoWidth(true).setFlexGrow(0).setKey("venue-time");
        agenda.addColumn(e -> times.span(e.startsAt().atZone(viewerZone), e.endsAt().atZone(viewerZone)))
                .setHeader(getTranslation("time.viewer")).setAutoWidth(true).setFlexGrow(0).setKey("viewer-time");
        agenda.addColumn(e -> getTranslation("kind." + e.kind().name())).setHeader(getTranslation("engagement.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        agenda.addColumn(EngagementSummary::title).setHeader(getTranslation("engagement.title")).setFlexGrow(3)
                .setTooltipGenerator(EngagementSummary::title);
        agenda.addComponentColumn(this::status).setHeader(getTranslation("engagement.status")).setAutoWidth(true)
                .setFlexGrow(0);
        agenda.addColumn(e -> e.outcomes().stream().map(OutcomeSummary::description).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("engagement.outcomes")).setFlexGrow(2).setKey("outcomes");
        agenda.setEmptyStateText(getTranslation("mission.nothingScheduled"));
        agenda.asSingleSelect().addValueChangeListener(change -> enableActions());
    }

    private Span status(EngagementSummary engagement) {
        var badge = new Span(getTranslation("status." + engagement.status().name()));
        var colour = switch (engagement.status()) {
            case HELD -> "success";
            case CANCELLED -> "error";
            case SCHEDULED -> "primary";
        };
        badge.getStyle().set("color", "var(--lumo-" + colour + "-text-color)")
                .set("background", "var(--lumo-" + colour + "-color-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "0.1em 0.6em")
                .set("font-size", "var(--lumo-font-size-s)").set("font-weight", "500");
        return badge;
    }

    private void enableActions() {
        var engagement = selected();
        boolean scheduled = engagement != null && engagement.status() == EngagementStatus.SCHEDULED;
        boolean held = engagement != null && engagement.status() == EngagementStatus.HELD;
        schedule.setEnabled(current != null && current.mission() != null);
        reschedule.setEnabled(scheduled);
        cancel.setEnabled(scheduled);
        hold.setEnabled(scheduled);
        attendance.setEnabled(engagement != null && engagement.status() != EngagementStatus.CANCELLED);
        outcome.setEnabled(held);
        engagementHistory.ifPresent(button -> button.setEnabled(engagement != null));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = NotFoundView.recordId(event, "missionId", MissionId::of);
        if (id.isEmpty()) {
            return;
        }
        // A mission that does not exist and one of another program end on the same "not found".
        if (NotFoundView.visibleRecord(event, () -> missions.agenda(id.get()), agenda -> agenda.mission() != null)
                .isEmpty()) {
            return;
        }
        missionId = id.get();
        missions.keepAgendaFresh(this, missionId, this::refresh);
        refresh();
        Times.viewerZone(UI.getCurrent(), zone -> {
            viewerZone = zone;
            agenda.getColumnByKey("viewer-time").setHeader(getTranslation("time.viewer") + " (" + viewerZone + ")");
            agenda.getDataProvider().refreshAll();
        });
    }

    private void refresh() {
        current = missions.agenda(missionId);
        var mission = current.mission();
        if (mission != null) {
            title.setText(mission.title());
            where.setText(mission.city() + " · " + Times.of(getLocale()).dates(mission.startDate(),
                    mission.endDate()));
            agenda.getColumnByKey("venue-time").setHeader(getTranslation("time.venue") + " (" + mission.zone() + ")");
            dashboard.setHref(mission.programId() == null ? "programs" : "programs/" + mission.programId());
        }
        var previouslySelected = selected();
        agenda.setItems(current.engagements());
        if (previouslySelected != null) {
            current.engagements().stream()
                    .filter(e -> e.engagementId().equals(previouslySelected.engagementId()))
                    .findFirst()
                    .ifPresent(agenda::select);
        }
        enableActions();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.missions") + " · Ponte";
    }
}
