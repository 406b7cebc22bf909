package app.ponte.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import java.util.Map;

/**
 * An Apache ECharts chart. The library comes from its WebJar and is loaded once per page; options are handed over
 * as JSON exactly as ECharts documents them, so any chart type works without more Java.
 */
@Tag("div")
public class EChart extends Component implements HasSize {

    public static final String LIBRARY = "/webjars/echarts/5.5.0/echarts.min.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    // Waits for the library (loaded asynchronously), then draws, and redraws whenever the element is resized.
    private static final String DRAW = """
            const element = this;
            const option = JSON.parse($0);
            (function draw() {
              if (!window.echarts) { setTimeout(draw, 50); return; }
              const chart = echarts.getInstanceByDom(element) || echarts.init(element);
              chart.setOption(option, true);
              if (!element.ponteResize) {
                element.ponteResize = new ResizeObserver(() => chart.resize());
                element.ponteResize.observe(element);
              }
            })();
            """;

    private String option = "{}";

    public EChart() {
        setWidthFull();
        setHeight("280px");
        addAttachListener(attach -> {
            attach.getUI().getPage().addJavaScript(LIBRARY);
            draw();
        });
    }

    /** Replaces the chart's option, given as the map ECharts would take in JavaScript. */
    public void setOption(Map<String, ?> option) {
        try {
            this.option = JSON.writeValueAsString(option);
        } catch (JsonProcessingException unreachable) {
            throw new IllegalArgumentException("Chart options must be plain maps, lists and values", unreachable);
        }
        draw();
    }

    /**
     * What the chart shows, in words and figures, for those who cannot see the canvas: the chart becomes one image
     * whose name is this text.
     */
    public void setDescription(String description) {
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", description);
    }

    /** The option as last set, in JSON. */
    public String getOption() {
        return option;
    }

    private void draw() {
        if (isAttached()) {
            getElement().executeJs(DRAW, option);
        }
    }
}
