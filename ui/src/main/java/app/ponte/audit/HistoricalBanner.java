package app.ponte.audit;

import com.vaadin.flow.component.html.Div;
import java.time.Instant;

/** The unmistakable mark of a view that shows the past: what it is, as of when, and that it is not live. */
class HistoricalBanner extends Div {

    HistoricalBanner(String id) {
        setId(id);
        setVisible(false);
        getStyle().set("background", "var(--lumo-warning-color-10pct, #fff4d6)")
                .set("border-left", "6px solid var(--lumo-warning-color, #e6a700)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("font-weight", "600");
    }

    void show(String what, Instant asOf, long events) {
        setText(getTranslation("audit.banner", what, Moments.show(asOf, this), events));
        setVisible(true);
    }

    void hide() {
        setVisible(false);
    }
}
