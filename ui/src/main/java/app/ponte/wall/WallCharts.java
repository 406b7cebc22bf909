package app.ponte.wall;

import app.ponte.dashboard.IndicatorProgress;
import app.ponte.opportunity.OpportunityStage;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The wall's two charts as ECharts options, in the screen's colours. Animation is off: a wall shows the new figure
 * the moment it arrives, and a chart redrawn every few seconds for days should cost the browser as little as can be.
 */
final class WallCharts {

    private static final String TEXT = "#e6edf3";
    private static final String MUTED = "#9da7b3";
    private static final String TRACK = "#21262d";
    private static final String FILL = "#58a6ff";

    private WallCharts() {}

    /** One bar per indicator, drawn over its target's bar, labelled "actual / target". */
    static Map<String, Object> indicators(List<IndicatorProgress> progress, Function<String, String> text,
            int fontSize) {
        var names = progress.stream().map(p -> text.apply("indicator." + p.kind().name())).toList();
        var targets = progress.stream().map(p -> Math.max(p.target(), p.actual())).toList();
        var actuals = progress.stream().map(p -> Map.of("value", p.actual(),
                "label", Map.of("formatter", p.actual() + " / " + p.target()))).toList();
        return Map.of(
                "animation", false,
                "grid", Map.of("left", 0, "right", "4%", "top", "2%", "bottom", "2%", "containLabel", true),
                "xAxis", Map.of("type", "value", "show", false),
                "yAxis", Map.of("type", "category", "inverse", true, "data", names,
                        "axisLine", Map.of("show", false), "axisTick", Map.of("show", false),
                        "axisLabel", Map.of("color", TEXT, "fontSize", fontSize)),
                "series", List.of(
                        Map.of("type", "bar", "data", targets, "silent", true, "barWidth", "60%",
                                "itemStyle", Map.of("color", TRACK, "borderRadius", fontSize / 4)),
                        Map.of("type", "bar", "data", actuals, "barGap", "-100%", "barWidth", "60%",
                                "itemStyle", Map.of("color", FILL, "borderRadius", fontSize / 4),
                                "label", Map.of("show", true, "position", "insideLeft", "color", TEXT,
                                        "fontSize", fontSize))));
    }

    /** The open stages, in their order, as a funnel whose steps carry their counts. */
    static Map<String, Object> funnel(Map<OpportunityStage, Long> byStage, Function<String, String> text,
            int fontSize) {
        var steps = byStage.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(s -> Map.of("name", text.apply("stage." + s.getKey().name()), "value", s.getValue())).toList();
        long widest = Math.max(1, byStage.values().stream().mapToLong(Long::longValue).max().orElse(0));
        return Map.of(
                "animation", false,
                "color", List.of("#1f6feb", "#388bfd", FILL, "#79c0ff", "#a5d6ff", MUTED),
                "series", List.of(Map.<String, Object>ofEntries(Map.entry("type", "funnel"), Map.entry("sort", "none"),
                        Map.entry("min", 0), Map.entry("max", widest), Map.entry("minSize", "12%"),
                        Map.entry("gap", Math.max(2, fontSize / 6)), Map.entry("left", "8%"), Map.entry("right", "8%"),
                        Map.entry("top", "2%"), Map.entry("bottom", "2%"), Map.entry("data", steps),
                        Map.entry("label", Map.of("show", true, "position", "inside", "color", "#0d1117",
                                "fontSize", fontSize, "formatter", "{b}: {c}")))));
    }
}
