package app.ponte.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.config.ops.SegmentPosition;
import app.ponte.layout.ViewTestSupport;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The administrators' System screen lists every processor segment with its holder, position and lag. */
class SystemViewTest extends ViewTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorSeesEverySegmentOfEveryProcessor() {
        openBrowser(SystemView.class);
        UI.getCurrent().navigate(SystemView.class);

        Grid<SegmentPosition> grid = _get(Grid.class, spec -> spec.withId("system-segments"));
        var rows = GridKt._fetch(grid, 0, 1000);
        assertThat(rows).extracting(SegmentPosition::processor).contains("agenda", "dashboard", "audit-log", "opportunities");
        assertThat(rows.stream().filter(row -> row.processor().equals("agenda"))).hasSize(16);
        assertThat(rows).allSatisfy(row -> assertThat(row.lag()).isNotNegative());
        assertThat(_get(Paragraph.class, spec -> spec.withId("system-summary")).getText())
                .startsWith("Head of the stream: event ").contains("segments");
    }

    @Test
    void itSpeaksItalian() {
        openBrowser(SystemView.class);
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate(SystemView.class);

        assertThat(_get(H2.class).getText()).isEqualTo("Processori");
        assertThat(_get(Paragraph.class, spec -> spec.withId("system-summary")).getText())
                .startsWith("Testa del flusso: evento ");
    }
}
