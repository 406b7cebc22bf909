package app.ponte.programs;

import app.ponte.chart.EChart;
import app.ponte.dashboard.Activity;
import app.ponte.dashboard.IndicatorProgress;
import app.ponte.dashboard.IndicatorsInPeriod;
import app.ponte.dashboard.OverdueFollowUp;
import app.ponte.dashboard.ProgramDashboard;
import app.ponte.dashboard.UpcomingEngagement;
import app.ponte.layout.Accessibility;
import app.ponte.layout.MainLayout;
import app.ponte.layout.NotFoundView;
import app.ponte.layout.Times;
import app.ponte.program.ProgramId;
import app.ponte.reporting.ReportDialog;
import app.ponte.reporting.ReportsFacade;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.annotation.security.PermitAll;

/**
 * One program at a glance, live: each indicator against its target for the current period, what happened to its
 * engagements, outcomes and opportunities, who it met, what is coming up and what is late.
 */
@Route(value = "programs/:programId", layout = MainLayout.class)
@PermitAll
class ProgramDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgramsFacade programs;
    private final H1 title = Accessibility.screenTitle("");
    private final Span period = new Span();
    private final Select<PeriodChoice> periodChoice = new Select<>();
    private final Span figuresScope = new Span();
    private final FlexLayout indicators = new FlexLayout();
    private final FlexLayout figures = new FlexLayout();
    private final EChart outcomes = new EChart();
    private final EChart funnel = new EChart();
    private final EChart countries = new EChart();
    private final EChart types = new EChart();
    private final EChart themes = new EChart();
    private final Grid<UpcomingEngagement> upcoming = new Grid<>();
    private final Grid<OverdueFollowUp> overdue = new Grid<>();
    private final Grid<Activity> activity = new Grid<>();
    private ProgramId programId;
    private final Button report;
    private ZoneId viewerZone = ZoneId.of("UTC");

    ProgramDashboardView(ProgramsFacade programs, ReportsFacade reports) {
        this.programs = programs;
        var report = new Button(getTranslation("action.report"), VaadinIcon.FILE_TEXT.create());
        report.setId("program-report");
        report.addClickListener(click -> new ReportDialog(getTranslation("report.programHeading"),
                "program-report", List.of("pdf", "xlsx"), true,
                (format, language, from, to) -> reports.programReport(programId, format, language, from, to))
                .open());
        this.report = report;
        setWidthFull();
        setPadding(true);
        setId("dashboard");
        period.getStyle().set("color", "var(--lumo-secondary-text-color)");
        title.getStyle().set("margin-bottom", "0");
        wrap(indicators);
        indicators.setId("indicators");
        wrap(figures);
        figures.setId("figures");
        configurePeriodChoice();
        figuresScope.setText(getTranslation("dashboard.figuresScope"));
        figuresScope.getStyle().set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        outcomes.setId("chart-outcomes");
        funnel.setId("chart-funnel");
        countries.setId("chart-countries");
        types.setId("chart-types");
        themes.setId("chart-themes");
        configureGrids();
        var charts = new FlexLayout(panel("dashboard.outcomesByKind", outcomes), panel("dashboard.funnel", funnel),
                panel("dashboard.byCountry", countries), panel("dashboard.byType", types),
                panel("dashboard.byTheme", themes));
        wrap(charts);
        var lists = new FlexLayout(panel("dashboard.upcoming", upcoming), panel("dashboard.overdue", overdue),
                panel("dashboard.activity", activity));
        wrap(lists);
        var heading = new HorizontalLayout(period, periodChoice, report);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWrap(true);
        add(title, heading, indicators, figuresScope, figures, charts, lists);
    }

    private static void wrap(FlexLayout layout) {
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.setWidthFull();
        layout.getStyle().set("gap", "var(--lumo-space-m)");
    }

    private Div panel(String heading, Component content) {
        var header = new H3(getTranslation(heading));
        header.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0 0 var(--lumo-space-s) 0");
        var panel = new Div(header, content);
        panel.getStyle().set("flex", "1 1 22em").set("min-width", "18em").set("padding", "var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-base-color)").set("box-shadow", "var(--lumo-box-shadow-xs)");
        return panel;
    }

    private void configurePeriodChoice() {
        periodChoice.setId("period-choice");
        periodChoice.setLabel(getTranslation("dashboard.periodChoice"));
        periodChoice.setItems(PeriodChoice.CURRENT);
        periodChoice.setValue(PeriodChoice.CURRENT);
        periodChoice.setItemLabelGenerator(this::label);
        periodChoice.addValueChangeListener(change -> {
            if (change.isFromClient() && programId != null) {
                showIndicators(programs.indicators(programId, chosenPeriod()));
            }
        });
    }

    private String label(PeriodChoice choice) {
        var times = Times.of(getLocale());
        return switch (choice.kind()) {
            case CURRENT -> getTranslation("dashboard.currentPeriod");
            case ALL_TIME -> getTranslation("dashboard.allTime");
            case TARGET -> choice.isCalendarYear() ? String.valueOf(choice.from().getYear())
                    : times.dates(choice.from(), choice.to());
        };
    }

    private PeriodChoice chosenPeriod() {
        return periodChoice.getValue() == null ? PeriodChoice.CURRENT : periodChoice.getValue();
    }

    /*
     * The choices follow the program's targets as they are defined and amended; the reader's choice stays while it
     * is still offered, and falls back to the current period when its target period is gone.
     */
    private void offerPeriods(IndicatorsInPeriod answer) {
        var choices = new ArrayList<PeriodChoice>();
        choices.add(PeriodChoice.CURRENT);
        LocalDate first = answer.programStart();
        LocalDate last = answer.programEnd();
        for (var target : answer.targetPeriods()) {
            first = first == null || target.start().isBefore(first) ? target.start() : first;
            last = last == null || target.end().isAfter(last) ? target.end() : last;
        }
        if (first != null) {
            choices.add(PeriodChoice.allTime(first, last));
        }
        answer.targetPeriods().forEach(target -> choices.add(PeriodChoice.target(target)));
        var offered = periodChoice.getListDataView().getItems().toList();
        if (!offered.equals(choices)) {
            var kept = chosenPeriod();
            periodChoice.setItems(choices);
            periodChoice.setValue(choices.contains(kept) ? kept : PeriodChoice.CURRENT);
        }
    }

    private void configureGrids() {
        var times = Times.of(getLocale());
        upcoming.setId("upcoming");
        upcoming.addColumn(e -> times.dateTime(e.startsAt().atZone(e.zone()))).setHeader(getTranslation("time.venue"))
                .setAutoWidth(true);
        upcoming.addColumn(e -> times.dateTime(e.startsAt().atZone(viewerZone)))
                .setHeader(getTranslation("time.viewer"))
                .setAutoWidth(true).setKey("viewer");
        upcoming.addColumn(UpcomingEngagement::title).setHeader(getTranslation("engagement.title")).setFlexGrow(1)
                .setTooltipGenerator(UpcomingEngagement::title);
        upcoming.setEmptyStateText(getTranslation("dashboard.nothingAhead"));
        overdue.setId("overdue");
        overdue.addColumn(OverdueFollowUp::description).setHeader(getTranslation("followUp.description"))
                .setFlexGrow(1);
        overdue.addColumn(OverdueFollowUp::ownerUserId).setHeader(getTranslation("followUp.owner")).setAutoWidth(true);
        overdue.addColumn(f -> getTranslation("followUp.daysLate", f.daysOverdue()))
                .setHeader(getTranslation("followUp.late")).setAutoWidth(true);
        overdue.setEmptyStateText(getTranslation("dashboard.nothingLate"));
        activity.setId("activity");
        activity.addColumn(a -> times.dateTime(a.at().atZone(viewerZone))).setHeader(getTranslation("activity.when"))
                .setAutoWidth(true);
        activity.addColumn(a -> getTranslation("activity." + a.what())).setHeader(getTranslation("activity.what"))
                .setAutoWidth(true);
        activity.addColumn(Activity::title).setHeader(getTranslation("activity.about")).setFlexGrow(1)
                .setTooltipGenerator(Activity::title);
        for (Grid<?> grid : List.of(upcoming, overdue, activity)) {
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
            grid.setAllRowsVisible(true);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = NotFoundView.recordId(event, "programId", ProgramId::of);
        if (id.isEmpty()) {
            return;
        }
        var chosen = id.get();
        // The dashboard answers an empty one for any id it may show; a program that was launched has a period.
        if (NotFoundView.visibleRecord(event, () -> programs.dashboard(chosen), dashboard -> dashboard.start() != null)
                .isEmpty()) {
            return;
        }
        programs.keepDashboardFresh(this, chosen, this::refresh);
        open(chosen);
        Times.viewerZone(UI.getCurrent(), zone -> {
            viewerZone = zone;
            refresh();
        });
    }

    static RouteParameters parametersFor(ProgramId programId) {
        return new RouteParameters("programId", programId.toString());
    }

    /** Shows the given program's dashboard as it stands now. */
    void open(ProgramId chosen) {
        programId = chosen;
        refresh();
    }

    private void refresh() {
        show(programs.dashboard(programId));
        var current = programs.indicators(programId, PeriodChoice.CURRENT);
        offerPeriods(current);
        showIndicators(chosenPeriod().isCurrent() ? current : programs.indicators(programId, chosenPeriod()));
    }

    private void showIndicators(IndicatorsInPeriod answer) {
        indicators.removeAll();
        answer.indicators().forEach(indicator -> indicators.add(indicatorCard(indicator)));
        if (answer.indicators().isEmpty()) {
            indicators.add(new Span(getTranslation(chosenPeriod().isCurrent() ? "dashboard.noIndicators"
                    : "dashboard.noIndicatorsInPeriod")));
        }
    }

    private void show(ProgramDashboard dashboard) {
        title.setText(dashboard.name());
        period.setText(dashboard.start() == null ? ""
                : Times.of(getLocale()).dates(dashboard.start(), dashboard.end()));
        figures.removeAll();
        figures.add(figure("engagements-scheduled", "dashboard.scheduled", dashboard.engagementsScheduled()),
                figure("engagements-held", "dashboard.held", dashboard.engagementsHeld()),
                figure("engagements-cancelled", "dashboard.cancelled", dashboard.engagementsCancelled()),
                figure("outcomes-total", "dashboard.outcomes", dashboard.outcomes()),
                figure("opportunities-dropped", "dashboard.dropped", dashboard.opportunitiesDropped()),
                figure("follow-ups-overdue", "dashboard.overdueCount", dashboard.overdueFollowUps().size()));
        chart(outcomes, "dashboard.outcomesByKind", translated(dashboard.outcomesByKind(), "outcome."), "#1676f3");
        chart(funnel, "dashboard.funnel", translated(dashboard.opportunitiesByStage(), "stage."), "#7c4dff");
        countries.setOption(pie(dashboard.counterpartsByCountry()));
        countries.setDescription(described("dashboard.byCountry", dashboard.counterpartsByCountry()));
        chart(types, "dashboard.byType", translatedKeys(dashboard.counterpartsByType(), "orgType."), "#14a38b");
        chart(themes, "dashboard.byTheme", dashboard.counterpartsByTheme(), "#e3a008");
        upcoming.setItems(dashboard.upcoming());
        overdue.setItems(dashboard.overdueFollowUps());
        activity.setItems(dashboard.recentActivity());
    }

    private void chart(EChart chart, String heading, Map<String, Long> values, String colour) {
        chart.setOption(bars(values, colour));
        chart.setDescription(described(heading, values));
    }

    /** The chart's heading and every figure it draws, as a screen reader reads the chart instead of its canvas. */
    private String described(String heading, Map<String, Long> values) {
        var figures = values.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue()).toList();
        return getTranslation(heading) + ": "
                + (figures.isEmpty() ? getTranslation("dashboard.chartEmpty") : String.join(", ", figures));
    }

    private Div indicatorCard(IndicatorProgress indicator) {
        var name = new Span(getTranslation("indicator." + indicator.kind().name()));
        name.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        var actual = new Span(String.valueOf(indicator.actual()));
        actual.setId("actual-" + indicator.kind().name());
        actual.getStyle().set("font-size", "var(--lumo-font-size-xxxl)").set("font-weight", "600");
        var target = new Span(" / " + indicator.target());
        target.getStyle().set("font-size", "var(--lumo-font-size-l)").set("color", "var(--lumo-secondary-text-color)");
        var bar = new ProgressBar(0, 1, Math.min(1, indicator.share()));
        bar.getElement().setAttribute("aria-label", getTranslation("dashboard.progress",
                getTranslation("indicator." + indicator.kind().name()), indicator.actual(), indicator.target()));
        if (indicator.share() >= 1) {
            bar.addThemeName("success");
        }
        var help = new Span(getTranslation("indicatorHelp." + indicator.kind().name()));
        help.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        var times = Times.of(getLocale());
        var span = new Span(getTranslation(
                chosenPeriod().kind() == PeriodChoice.Kind.ALL_TIME ? "dashboard.allTimeSpan" : "dashboard.period",
                times.date(indicator.periodStart()), times.date(indicator.periodEnd())));
        span.setId("period-" + indicator.kind().name());
        // Secondary, not tertiary, text: Lumo's tertiary grey reads at 3:1 on the card; small text needs 4.5:1.
        span.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        var card = card(name, new Div(actual, target), bar, help, span);
        card.setId("indicator-" + indicator.kind().name());
        return card;
    }

    private Div figure(String id, String label, long value) {
        var number = new Span(String.valueOf(value));
        number.setId(id);
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        var text = new Span(getTranslation(label));
        text.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return card(number, text);
    }

    private static Div card(Component... content) {
        var card = new Div(content);
        card.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)")
                .set("flex", "1 1 9em").set("box-sizing", "border-box").set("padding", "var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("background", "var(--lumo-contrast-5pct)");
        return card;
    }

    private <K extends Enum<K>> Map<String, Long> translated(Map<K, Long> values, String prefix) {
        var labels = new LinkedHashMap<String, Long>();
        values.forEach((key, value) -> labels.put(getTranslation(prefix + key.name()), value));
        return labels;
    }

    private Map<String, Long> translatedKeys(Map<String, Long> values, String prefix) {
        var labels = new LinkedHashMap<String, Long>();
        values.forEach((key, value) -> labels.put(getTranslation(prefix + key), value));
        return labels;
    }

    private static Map<String, Object> bars(Map<String, Long> values, String colour) {
        return Map.of(
                "grid", Map.of("left", 8, "right", 24, "top", 8, "bottom", 8, "containLabel", true),
                "tooltip", Map.of("trigger", "axis"),
                "xAxis", Map.of("type", "value", "minInterval", 1),
                "yAxis", Map.of("type", "category", "inverse", true, "data", List.copyOf(values.keySet())),
                "series", List.of(Map.of("type", "bar", "data", List.copyOf(values.values()),
                        "itemStyle", Map.of("color", colour, "borderRadius", 4),
                        "label", Map.of("show", true, "position", "right"))));
    }

    private static Map<String, Object> pie(Map<String, Long> values) {
        var data = values.entrySet().stream().map(e -> Map.of("name", e.getKey(), "value", e.getValue())).toList();
        return Map.of(
                "tooltip", Map.of("trigger", "item"),
                "series", List.of(Map.of("type", "pie", "radius", List.of("40%", "70%"),
                        "label", Map.of("formatter", "{b}: {c}"), "data", data)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · Ponte";
    }
}
