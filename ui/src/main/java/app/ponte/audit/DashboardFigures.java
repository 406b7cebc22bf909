package app.ponte.audit;

import app.ponte.dashboard.ProgramDashboard;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A program's dashboard as a list of figures, for reading a past one line by line. */
final class DashboardFigures {

    private DashboardFigures() {
    }

    static List<FieldValue> of(ProgramDashboard dashboard) {
        var figures = new ArrayList<FieldValue>();
        figures.add(new FieldValue("Program", dashboard.name()));
        figures.add(new FieldValue("Period", dashboard.start() == null ? "—"
                : dashboard.start() + " to " + dashboard.end()));
        dashboard.indicators().forEach(indicator -> figures.add(new FieldValue(words(indicator.kind().name()),
                indicator.actual() + " of " + indicator.target() + " (" + indicator.periodStart() + " to "
                        + indicator.periodEnd() + ")")));
        figures.add(new FieldValue("Engagements scheduled", Long.toString(dashboard.engagementsScheduled())));
        figures.add(new FieldValue("Engagements held", Long.toString(dashboard.engagementsHeld())));
        figures.add(new FieldValue("Engagements cancelled", Long.toString(dashboard.engagementsCancelled())));
        figures.add(new FieldValue("Outcomes", dashboard.outcomes() + counts(dashboard.outcomesByKind())));
        figures.add(new FieldValue("Opportunities by stage", counts(dashboard.opportunitiesByStage()).strip()));
        figures.add(new FieldValue("Opportunities dropped", Long.toString(dashboard.opportunitiesDropped())));
        figures.add(new FieldValue("Counterparts by country", counts(dashboard.counterpartsByCountry()).strip()));
        figures.add(new FieldValue("Follow-ups overdue", Integer.toString(dashboard.overdueFollowUps().size())));
        figures.add(new FieldValue("Engagements upcoming", Integer.toString(dashboard.upcoming().size())));
        return figures;
    }

    private static String counts(Map<?, Long> counts) {
        var nonZero = counts.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .map(entry -> words(entry.getKey().toString()) + " " + entry.getValue())
                .collect(Collectors.joining(", "));
        return nonZero.isEmpty() ? " —" : " (" + nonZero + ")";
    }

    private static String words(String constant) {
        var lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return constant.equals(constant.toUpperCase(Locale.ROOT)) && constant.length() > 3
                ? Character.toUpperCase(lower.charAt(0)) + lower.substring(1) : constant;
    }
}
