package app.ponte.audit;

import app.ponte.dashboard.ProgramDashboard;
import app.ponte.layout.DatePickers;
import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A program's dashboard as a list of figures, for reading a past one line by line. */
final class DashboardFigures {

    private DashboardFigures() {
    }

    static List<FieldValue> of(ProgramDashboard dashboard, Component on) {
        var dates = DateTimeFormatter.ofPattern(DatePickers.dateFormat(Moments.locale(on)));
        Function<LocalDate, String> day = date -> date == null ? "—" : dates.format(date);
        var figures = new ArrayList<FieldValue>();
        figures.add(figure(on, "audit.figure.program", dashboard.name()));
        figures.add(figure(on, "audit.figure.period", dashboard.start() == null ? "—"
                : on.getTranslation("audit.figure.fromTo", day.apply(dashboard.start()), day.apply(dashboard.end()))));
        dashboard.indicators().forEach(indicator -> figures.add(new FieldValue(
                on.getTranslation("indicator." + indicator.kind().name()),
                on.getTranslation("audit.figure.progress", indicator.actual(), indicator.target(),
                        day.apply(indicator.periodStart()), day.apply(indicator.periodEnd())))));
        figures.add(figure(on, "audit.figure.scheduled", count(dashboard.engagementsScheduled())));
        figures.add(figure(on, "audit.figure.held", count(dashboard.engagementsHeld())));
        figures.add(figure(on, "audit.figure.cancelled", count(dashboard.engagementsCancelled())));
        figures.add(figure(on, "audit.figure.outcomes",
                dashboard.outcomes() + counts(dashboard.outcomesByKind(), "outcome.", on)));
        figures.add(figure(on, "audit.figure.opportunitiesByStage",
                counts(dashboard.opportunitiesByStage(), "stage.", on).strip()));
        figures.add(figure(on, "audit.figure.dropped", count(dashboard.opportunitiesDropped())));
        figures.add(figure(on, "audit.figure.counterpartsByCountry",
                counts(dashboard.counterpartsByCountry(), null, on).strip()));
        figures.add(figure(on, "audit.figure.overdue", Integer.toString(dashboard.overdueFollowUps().size())));
        figures.add(figure(on, "audit.figure.upcoming", Integer.toString(dashboard.upcoming().size())));
        return figures;
    }

    private static FieldValue figure(Component on, String key, String value) {
        return new FieldValue(on.getTranslation(key), value);
    }

    private static String count(long count) {
        return Long.toString(count);
    }

    /** Non-zero counts in brackets; keys are named through {@code prefix}, or shown as they are (country codes). */
    private static String counts(Map<?, Long> counts, String prefix, Component on) {
        var nonZero = counts.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .map(entry -> (prefix == null ? entry.getKey().toString()
                        : on.getTranslation(prefix + entry.getKey())) + " " + entry.getValue())
                .collect(Collectors.joining(", "));
        return nonZero.isEmpty() ? " —" : " (" + nonZero + ")";
    }
}
