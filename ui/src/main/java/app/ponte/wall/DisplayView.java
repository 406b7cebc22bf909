package app.ponte.wall;

import app.ponte.chart.EChart;
import app.ponte.dashboard.Activity;
import app.ponte.dashboard.ProgramDashboard;
import app.ponte.dashboard.UpcomingEngagement;
import app.ponte.layout.Times;
import app.ponte.layout.Translations;
import app.ponte.program.ProgramId;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The wall screen a display link opens: one program's dashboard in large type on a dark page, its panels taking
 * turns, kept current by server push. Nobody touches it, so it checks its own token every few seconds and goes
 * neutral once the link is revoked or expired, and a small script reloads the page when the server comes back after
 * a restart.
 */
@Route("display")
@PageTitle("Ponte display")
@AnonymousAllowed
@StyleSheet("context://wall/display.css")
class DisplayView extends Div implements HasUrlParameter<String> {

    /** The neutral page's text in English; {@code wall.noLongerValid} in the bundles. */
    static final String NO_LONGER_VALID = "This display link is no longer valid";
    static final List<String> PANELS = List.of("indicators", "funnel", "counterparts", "upcoming", "outcomes");
    private static final List<String> KPIS = List.of("scheduled", "held", "outcomes", "opportunities");
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
    private static final Duration TICK = Duration.ofSeconds(1);
    private static final int TOKEN_CHECK_TICKS = 2;
    private static final int LATEST_OUTCOMES = 6;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);

    /*
     * Reloads the page once the server answers again after the push connection has been silent for a while: after a
     * restart the old UI is gone on the server, and a fresh page is the sure way back to current data.
     */
    private static final String WATCHDOG = """
            const root = $0;
            if (window.ponteWatchdog) { clearInterval(window.ponteWatchdog); }
            let last = Date.now();
            new MutationObserver(() => { last = Date.now(); })
                .observe(root, { attributes: true, attributeFilter: ['data-beat'] });
            window.ponteWatchdog = setInterval(() => {
              if (root.dataset.state === 'invalid' || Date.now() - last < $1) { return; }
              fetch(location.href, { cache: 'no-store' })
                .then(r => { if (r.ok) { location.reload(); } })
                .catch(() => {});
            }, 2000);
            """;
    private static final int WATCHDOG_SILENCE_MILLIS = 8000;

    private final WallFacade wall;
    private final H1 programName = new H1();
    private final Span venueClock = new Span();
    private final Span officeClock = new Span();
    private final Span updated = new Span();
    private final Div kpis = new Div();
    private final Div stage = new Div();
    private final Span panelTitle = new Span();
    private final Div dots = new Div();
    private final Map<String, Span> kpiValues = new LinkedHashMap<>();
    private final Map<String, Div> panels = new LinkedHashMap<>();
    private final EChart indicatorChart = new EChart();
    private final EChart funnelChart = new EChart();
    private final Map<EChart, Map<String, Object>> drawn = new HashMap<>();

    private String token;
    private Duration rotationOverride;
    private Locale requestedLanguage;
    private Locale language = Translations.ENGLISH;
    private Times startsAt;
    private DisplayLink link;
    private List<ProgramId> programs = List.of();
    private int programIndex;
    private int panelIndex;
    private long secondsOnPanel;
    private long ticks;
    private long applied;
    private ZoneId venueZone;
    private volatile ProgramId shown;
    private volatile boolean valid = true;
    private WallFacade.Watch watch;
    private WallFacade.Watch ticking;
    private UI ui;
    private ProgramDashboard dashboard;
    private int screenHeight = 1080;

    DisplayView(WallFacade wall) {
        this.wall = wall;
        setId("wall");
        addClassName("wall");
        // Outside the main layout, the screen names its own main region.
        getElement().setAttribute("role", "main");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        var parameters = event.getLocation().getQueryParameters();
        rotationOverride = parameters.getSingleParameter("rotate").flatMap(DisplayView::seconds).orElse(null);
        requestedLanguage = parameters.getSingleParameter("lang").flatMap(DisplayView::language).orElse(null);
    }

    /*
     * The address may name the language (?lang=it), since the people in front of a screen are the venue's and the
     * kiosk's browser is seldom set up for them; without it, the browser's language if Ponte speaks it.
     */
    private static Optional<Locale> language(String tag) {
        var wanted = Locale.forLanguageTag(tag.strip()).getLanguage();
        return Stream.of(Translations.ENGLISH, Translations.ITALIAN).filter(l -> l.getLanguage().equals(wanted))
                .findFirst();
    }

    private static Optional<Duration> seconds(String text) {
        try {
            long seconds = Long.parseLong(text.strip());
            return Optional.of(Duration.ofSeconds(Math.max(DisplayLinks.SHORTEST_ROTATION.toSeconds(),
                    Math.min(DisplayLinks.LONGEST_ROTATION.toSeconds(), seconds))));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        ui = attach.getUI();
        language = requestedLanguage != null ? requestedLanguage
                : language(ui.getLocale() == null ? "" : ui.getLocale().toLanguageTag()).orElse(Translations.ENGLISH);
        ui.setLocale(language);
        // Chart text is sized in pixels: take them from the screen, as the page's own text takes viewport units.
        ui.getPage().retrieveExtendedClientDetails(details -> {
            screenHeight = details.getWindowInnerHeight() > 0 ? details.getWindowInnerHeight() : screenHeight;
            drawShownChart();
        });
        startsAt = Times.of(language);
        ui.getElement().executeJs("document.documentElement.setAttribute('theme', 'dark');"
                + " document.documentElement.setAttribute('lang', $0)", language.getLanguage());
        getElement().executeJs(WATCHDOG, getElement(), WATCHDOG_SILENCE_MILLIS);
        var resolved = wall.resolve(token);
        if (resolved.isEmpty()) {
            showNoLongerValid();
            return;
        }
        link = resolved.get();
        layout();
        programs = wall.programsOf(link);
        if (programs.isEmpty()) {
            programName.setText(text("wall.noProgram"));
        } else {
            showProgram(0);
        }
        ticking = wall.every(TICK, this::tick);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopWatching();
        if (ticking != null) {
            ticking.close();
            ticking = null;
        }
    }

    private void layout() {
        var header = new Div(programName, new Div(venueClock, officeClock, updated));
        header.addClassName("wall-header");
        header.getChildren().skip(1).findFirst().ifPresent(c -> c.getElement().getClassList().add("wall-clocks"));
        venueClock.addClassName("wall-clock");
        officeClock.addClassName("wall-clock");
        updated.setId("wall-updated");
        updated.addClassName("wall-updated");
        programName.setId("wall-program");
        kpis.addClassName("wall-kpis");
        // Built once and updated in place: a push then changes a few texts instead of replacing the tiles.
        KPIS.forEach(key -> kpis.add(kpi(key)));
        stage.addClassName("wall-stage");
        // Built once: the charts in them keep one ECharts instance each for as long as the screen is open.
        PANELS.forEach(key -> {
            var panel = new Div();
            panel.setId("panel-" + key);
            panel.addClassName("wall-panel");
            panels.put(key, panel);
            stage.add(panel);
        });
        for (var chart : List.of(indicatorChart, funnelChart)) {
            chart.setHeight(null);
            chart.addClassName("wall-chart");
        }
        var footer = new Div(panelTitle, dots);
        footer.addClassName("wall-footer");
        panelTitle.setId("wall-panel-title");
        dots.addClassName("wall-dots");
        add(header, kpis, stage, footer);
        getElement().setAttribute("data-state", "live");
        getElement().setAttribute("data-applied", "0");
    }

    private void showProgram(int index) {
        stopWatching();
        programIndex = index;
        var programId = programs.get(index);
        shown = programId;
        getElement().setAttribute("data-program", programId.toString());
        watch = wall.watch(programId, this::refresh);
        apply(wall.dashboard(programId));
    }

    private void stopWatching() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }

    /* On a refresh thread: the token is checked again before anything new is pushed to the screen. */
    private void refresh() {
        var programId = shown;
        if (programId == null || !valid) {
            return;
        }
        if (wall.resolve(token).isEmpty()) {
            access(this::showNoLongerValid);
            return;
        }
        var dashboard = wall.dashboard(programId);
        access(() -> {
            if (valid && dashboard.programId().equals(shown)) {
                apply(dashboard);
            }
        });
    }

    /* On the ticking thread. */
    private void tick() {
        ticks++;
        if (ticks % TOKEN_CHECK_TICKS == 0 && wall.resolve(token).isEmpty()) {
            access(this::showNoLongerValid);
            return;
        }
        access(this::advance);
    }

    private void access(Runnable change) {
        var target = ui;
        if (target == null) {
            return;
        }
        try {
            target.access(change::run);
        } catch (UIDetachedException gone) {
            // The screen was closed between the notice and the push; there is nothing left to update.
        }
    }

    private void advance() {
        if (!valid) {
            return;
        }
        getElement().setAttribute("data-beat", Long.toString(ticks));
        showClocks();
        var rotation = rotationOverride != null ? rotationOverride : link.rotation();
        if (++secondsOnPanel < rotation.toSeconds()) {
            return;
        }
        secondsOnPanel = 0;
        if (panelIndex + 1 < PANELS.size()) {
            showPanel(panelIndex + 1);
        } else if (link.showsEveryProgram()) {
            programs = wall.programsOf(link);
            if (!programs.isEmpty()) {
                panelIndex = 0;
                showProgram((programIndex + 1) % programs.size());
            }
        } else {
            showPanel(0);
        }
    }

    private void showClocks() {
        var now = Instant.now();
        var office = wall.officeZone();
        officeClock.setText(place(office) + " " + CLOCK.format(now.atZone(office)));
        venueClock.setVisible(venueZone != null && !venueZone.equals(office));
        if (venueZone != null) {
            venueClock.setText(place(venueZone) + " " + CLOCK.format(now.atZone(venueZone)));
        }
    }

    private static String place(ZoneId zone) {
        var id = zone.getId();
        return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
    }

    private void showNoLongerValid() {
        valid = false;
        shown = null;
        stopWatching();
        if (ticking != null) {
            ticking.close();
            ticking = null;
        }
        removeAll();
        var message = new Div(text("wall.noLongerValid"));
        message.setId("wall-invalid");
        message.addClassName("wall-invalid");
        add(message);
        getElement().setAttribute("data-state", "invalid");
        getElement().removeAttribute("data-program");
    }

    private void apply(ProgramDashboard dashboard) {
        applied++;
        programName.setText(dashboard.name());
        venueZone = dashboard.upcoming().stream().findFirst().map(UpcomingEngagement::zone).orElse(venueZone);
        showClocks();
        updated.setText(text("wall.updated", STAMP.format(Instant.now().atZone(wall.officeZone()))));
        long open = dashboard.opportunitiesByStage().values().stream().mapToLong(Long::longValue).sum();
        showKpi("scheduled", dashboard.engagementsScheduled());
        showKpi("held", dashboard.engagementsHeld());
        showKpi("outcomes", dashboard.outcomes());
        showKpi("opportunities", open);
        this.dashboard = dashboard;
        fill("indicators", dashboard.indicators().isEmpty() ? List.of() : List.of(indicatorChart));
        fill("funnel", funnel(dashboard));
        fill("counterparts", counterparts(dashboard.counterpartsByCountry()));
        fill("upcoming", upcoming(dashboard.upcoming()));
        fill("outcomes", outcomes(dashboard));
        showPanel(panelIndex);
        getElement().setAttribute("data-applied", Long.toString(applied));
    }

    private void showPanel(int index) {
        panelIndex = index;
        for (int i = 0; i < PANELS.size(); i++) {
            panels.get(PANELS.get(i)).setVisible(i == index);
        }
        drawShownChart();
        panelTitle.setText(text("wall.panel." + PANELS.get(index)));
        dots.removeAll();
        for (int i = 0; i < PANELS.size(); i++) {
            var dot = new Span();
            dot.addClassName(i == index ? "wall-dot-on" : "wall-dot");
            dots.add(dot);
        }
        getElement().setAttribute("data-panel", Integer.toString(index));
    }

    private Div kpi(String key) {
        var number = new Span();
        number.addClassName("wall-kpi-value");
        kpiValues.put(key, number);
        var caption = new Span(text("wall.kpi." + key));
        caption.addClassName("wall-kpi-label");
        var tile = new Div(number, caption);
        tile.addClassName("wall-kpi");
        return tile;
    }

    private void showKpi(String key, long value) {
        var number = kpiValues.get(key);
        // The id comes with the first figure, so a reader of the page never sees a tile without its number.
        number.setId("kpi-" + key);
        number.setText(Long.toString(value));
        number.getElement().setAttribute("data-value", Long.toString(value));
    }

    private String text(String key, Object... parameters) {
        return getTranslation(language, key, parameters);
    }

    /* Replaces a panel's rows; its chart, if it has one, is kept rather than made anew. */
    private void fill(String key, List<? extends Component> rows) {
        var panel = panels.get(key);
        panel.removeAll();
        if (rows.isEmpty()) {
            var nothing = new Div(text("wall.empty." + key));
            nothing.addClassName("wall-empty");
            panel.add(nothing);
        } else {
            rows.forEach(panel::add);
        }
    }

    /*
     * Only the chart on show is drawn, and only when its figures changed: a hidden chart would queue a drawing per
     * update until its turn came, and a wall screen runs for days.
     */
    private void drawShownChart() {
        if (dashboard == null) {
            return;
        }
        switch (PANELS.get(panelIndex)) {
            case "indicators" -> {
                draw(indicatorChart, WallCharts.indicators(dashboard.indicators(), this::text, fontSize()));
                indicatorChart.setDescription(String.join(", ", dashboard.indicators().stream()
                        .map(i -> text("dashboard.progress", text("indicator." + i.kind().name()), i.actual(),
                                i.target()))
                        .toList()));
            }
            case "funnel" -> {
                draw(funnelChart, WallCharts.funnel(dashboard.opportunitiesByStage(), this::text, fontSize()));
                funnelChart.setDescription(String.join(", ", dashboard.opportunitiesByStage().entrySet().stream()
                        .map(stage -> text("stage." + stage.getKey().name()) + " " + stage.getValue()).toList()));
            }
            default -> { }
        }
    }

    private void draw(EChart chart, Map<String, Object> option) {
        if (!option.equals(drawn.get(chart))) {
            drawn.put(chart, option);
            chart.setOption(option);
        }
    }

    private int fontSize() {
        return Math.max(14, Math.round(screenHeight * 0.03f));
    }

    private static Div bar(String label, double share, String figure) {
        var fill = new Div();
        fill.addClassName("wall-bar-fill");
        fill.getStyle().set("width", Math.round(Math.max(0, Math.min(1, share)) * 1000) / 10.0 + "%");
        var track = new Div(fill);
        track.addClassName("wall-bar-track");
        var name = new Span(label);
        name.addClassName("wall-bar-label");
        var value = new Span(figure);
        value.addClassName("wall-bar-figure");
        var row = new Div(name, track, value);
        row.addClassName("wall-bar");
        return row;
    }

    private List<Component> funnel(ProgramDashboard dashboard) {
        var stages = dashboard.opportunitiesByStage();
        boolean none = stages.values().stream().allMatch(v -> v == 0) && dashboard.opportunitiesDropped() == 0;
        if (none) {
            return List.of();
        }
        var rows = new ArrayList<Component>(List.of(funnelChart));
        if (dashboard.opportunitiesDropped() > 0) {
            var dropped = new Div(text("wall.dropped", dashboard.opportunitiesDropped()));
            dropped.addClassName("wall-note");
            rows.add(dropped);
        }
        return rows;
    }

    private List<Div> counterparts(Map<String, Long> byCountry) {
        long widest = Math.max(1, byCountry.values().stream().mapToLong(Long::longValue).max().orElse(0));
        return byCountry.entrySet().stream()
                .map(c -> bar(country(c.getKey()), (double) c.getValue() / widest, Long.toString(c.getValue())))
                .toList();
    }

    /* Countries are kept as ISO codes; the screen names them in its own language ("CN": China, Cina). */
    private String country(String code) {
        return COUNTRY_CODE.matcher(code).matches() ? new Locale("", code).getDisplayCountry(language) : code;
    }

    private List<Div> upcoming(List<UpcomingEngagement> upcoming) {
        return upcoming.stream().map(e -> {
            var when = new Span(startsAt.dateTime(e.startsAt().atZone(e.zone())));
            when.addClassName("wall-when");
            var kind = new Span(text("kind." + e.kind().name()));
            kind.addClassName("wall-kind");
            var title = new Span(e.title());
            title.addClassName("wall-title");
            var row = new Div(when, kind, title);
            row.addClassName("wall-row");
            return row;
        }).toList();
    }

    private List<Div> outcomes(ProgramDashboard dashboard) {
        var counts = dashboard.outcomesByKind().entrySet().stream().filter(k -> k.getValue() > 0)
                .map(k -> text("outcome." + k.getKey().name()) + " " + k.getValue()).toList();
        var rows = new ArrayList<Div>();
        if (!counts.isEmpty()) {
            var summary = new Div(String.join(" · ", counts));
            summary.addClassName("wall-note");
            rows.add(summary);
        }
        dashboard.recentActivity().stream().filter(a -> "OUTCOME_LOGGED".equals(a.what())).limit(LATEST_OUTCOMES)
                .map(Activity::title).forEach(title -> {
                    var row = new Div(new Span(title));
                    row.addClassName("wall-row");
                    rows.add(row);
                });
        return rows;
    }
}
