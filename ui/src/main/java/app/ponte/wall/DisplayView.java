package app.ponte.wall;

import app.ponte.dashboard.Activity;
import app.ponte.dashboard.IndicatorProgress;
import app.ponte.dashboard.ProgramDashboard;
import app.ponte.dashboard.UpcomingEngagement;
import app.ponte.program.ProgramId;
import com.vaadin.flow.component.AttachEvent;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

    static final String NO_LONGER_VALID = "This display link is no longer valid";
    static final List<String> PANELS = List.of("Indicators vs targets", "Opportunity funnel",
            "Counterparts by country", "Upcoming engagements", "Latest outcomes");
    private static final Duration TICK = Duration.ofSeconds(1);
    private static final int TOKEN_CHECK_TICKS = 2;
    private static final int LATEST_OUTCOMES = 6;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

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

    private String token;
    private Duration rotationOverride;
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

    DisplayView(WallFacade wall) {
        this.wall = wall;
        setId("wall");
        addClassName("wall");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        rotationOverride = event.getLocation().getQueryParameters().getSingleParameter("rotate")
                .flatMap(DisplayView::seconds).orElse(null);
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
        ui.getElement().executeJs("document.documentElement.setAttribute('theme', 'dark')");
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
            programName.setText("No program to show yet");
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
        stage.addClassName("wall-stage");
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
        var message = new Div(NO_LONGER_VALID);
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
        updated.setText("updated " + STAMP.format(Instant.now().atZone(wall.officeZone())));
        kpis.removeAll();
        long open = dashboard.opportunitiesByStage().values().stream().mapToLong(Long::longValue).sum();
        kpis.add(kpi("scheduled", "Scheduled", dashboard.engagementsScheduled()),
                kpi("held", "Held", dashboard.engagementsHeld()),
                kpi("outcomes", "Outcomes", dashboard.outcomes()),
                kpi("opportunities", "Open opportunities", open));
        stage.removeAll();
        stage.add(indicators(dashboard.indicators()), funnel(dashboard),
                counterparts(dashboard.counterpartsByCountry()), upcoming(dashboard.upcoming()), outcomes(dashboard));
        showPanel(panelIndex);
        getElement().setAttribute("data-applied", Long.toString(applied));
    }

    private void showPanel(int index) {
        panelIndex = index;
        var panels = stage.getChildren().toList();
        for (int i = 0; i < panels.size(); i++) {
            panels.get(i).setVisible(i == index);
        }
        panelTitle.setText(PANELS.get(index));
        dots.removeAll();
        for (int i = 0; i < PANELS.size(); i++) {
            var dot = new Span();
            dot.addClassName(i == index ? "wall-dot-on" : "wall-dot");
            dots.add(dot);
        }
        getElement().setAttribute("data-panel", Integer.toString(index));
    }

    private static Div kpi(String key, String label, long value) {
        var number = new Span(Long.toString(value));
        number.setId("kpi-" + key);
        number.addClassName("wall-kpi-value");
        number.getElement().setAttribute("data-value", Long.toString(value));
        var caption = new Span(label);
        caption.addClassName("wall-kpi-label");
        var tile = new Div(number, caption);
        tile.addClassName("wall-kpi");
        return tile;
    }

    private static Div panel(String key, String empty, List<Div> rows) {
        var panel = new Div();
        panel.setId("panel-" + key);
        panel.addClassName("wall-panel");
        if (rows.isEmpty()) {
            var nothing = new Div(empty);
            nothing.addClassName("wall-empty");
            panel.add(nothing);
        } else {
            rows.forEach(panel::add);
        }
        return panel;
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

    private static Div indicators(List<IndicatorProgress> progress) {
        return panel("indicators", "No indicators defined for this program",
                progress.stream().map(p -> bar(words(p.kind().name()), p.share(), p.actual() + " / " + p.target()))
                        .toList());
    }

    private static Div funnel(ProgramDashboard dashboard) {
        var stages = dashboard.opportunitiesByStage();
        long widest = Math.max(1, stages.values().stream().mapToLong(Long::longValue).max().orElse(0));
        var rows = new ArrayList<Div>(stages.entrySet().stream()
                .map(s -> bar(words(s.getKey().name()), (double) s.getValue() / widest, Long.toString(s.getValue())))
                .toList());
        if (dashboard.opportunitiesDropped() > 0) {
            var dropped = new Div("Dropped: " + dashboard.opportunitiesDropped());
            dropped.addClassName("wall-note");
            rows.add(dropped);
        }
        boolean none = stages.values().stream().allMatch(v -> v == 0) && dashboard.opportunitiesDropped() == 0;
        return panel("funnel", "No opportunities yet", none ? List.of() : rows);
    }

    private static Div counterparts(Map<String, Long> byCountry) {
        long widest = Math.max(1, byCountry.values().stream().mapToLong(Long::longValue).max().orElse(0));
        return panel("counterparts", "No counterparts met yet", byCountry.entrySet().stream()
                .map(c -> bar(c.getKey(), (double) c.getValue() / widest, Long.toString(c.getValue()))).toList());
    }

    private static Div upcoming(List<UpcomingEngagement> upcoming) {
        return panel("upcoming", "Nothing scheduled ahead", upcoming.stream().map(e -> {
            var when = new Span(WHEN.format(e.startsAt().atZone(e.zone())));
            when.addClassName("wall-when");
            var kind = new Span(words(e.kind().name()));
            kind.addClassName("wall-kind");
            var title = new Span(e.title());
            title.addClassName("wall-title");
            var row = new Div(when, kind, title);
            row.addClassName("wall-row");
            return row;
        }).toList());
    }

    private static Div outcomes(ProgramDashboard dashboard) {
        var counts = dashboard.outcomesByKind().entrySet().stream().filter(k -> k.getValue() > 0)
                .map(k -> words(k.getKey().name()) + " " + k.getValue()).toList();
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
        return panel("outcomes", "No outcomes logged yet", rows);
    }

    private static String words(String constant) {
        var lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
