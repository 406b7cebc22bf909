package app.ponte.imports;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.layout.ViewTestSupport;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The wizard on the running application with the demo mission's directory, step by step, in both languages. */
class ImportViewTest extends ViewTestSupport {

    private final String word = "Zq" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 6);

    @BeforeEach
    void open() {
        openBrowser(ImportView.class);
    }

    private byte[] file() {
        return ("Ragione sociale;Paese;Città;Tipo;Sito web\r\n"
                + "Laboratorio " + word + ";IT;Torino;Company;\r\n"
                + "\"LABORATORIO " + word + " S.r.l.\";IT;Torino;Company;\r\n"
                + "复旦大学;Cina;Shanghai;Università;\r\n"
                + "Senza paese " + word + ";;Torino;Company;\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static String row(Grid<?> grid, int index) {
        return String.join(" | ", GridKt._getFormattedRow(grid, index));
    }

    @Test
    @SuppressWarnings("unchecked")
    void uploadsMapsPreviewsRunsAndOffersTheReport() {
        UI.getCurrent().navigate(ImportView.class);
        var view = _get(ImportView.class);
        view.uploaded("enti.csv", file());

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-file")).getText())
                .contains("enti.csv", "CSV", "UTF-8", ";", "4");
        assertThat(_get(Select.class, spec -> spec.withId("import-map-name")).getValue()).isEqualTo("Ragione sociale");
        assertThat(_get(Select.class, spec -> spec.withId("import-map-city")).getValue()).isEqualTo("Città");

        _click(_get(Button.class, spec -> spec.withId("import-preview")));

        Grid<PlannedRow> preview = grid("import-preview-grid");
        assertThat(GridKt._size(preview)).isEqualTo(4);
        assertThat(row(preview, 0)).contains("New");
        assertThat(row(preview, 1)).contains("Possible duplicate", "row 2 of the file");
        // Fudan is in the demo directory under this native name.
        assertThat(row(preview, 2)).contains("Update");
        assertThat(row(preview, 3)).contains("Error", "country");

        _click(_get(Button.class, spec -> spec.withId("import-run")));

        awaitUi("the import finished", () -> _find(Paragraph.class, spec -> spec.withId("import-result")).stream()
                .anyMatch(result -> result.getText().contains("Created: 1")));
        Grid<RowOutcome> result = grid("import-result-grid");
        assertThat(GridKt._size(result)).isEqualTo(4);
        assertThat(row(result, 1)).contains("Skipped");
        assertThat(row(result, 3)).contains("Failed", "country");
        assertThat(_get(Anchor.class, spec -> spec.withId("import-download")).getHref()).isNotBlank();
    }

    @Test
    void speaksItalian() {
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate(ImportView.class);
        _get(ImportView.class).uploaded("enti.csv", file());
        _click(_get(Button.class, spec -> spec.withId("import-preview")));

        assertThat(row(grid("import-preview-grid"), 1)).contains("Possibile duplicato",
                "riga 2 del file");
        assertThat(_get(Button.class, spec -> spec.withId("import-run")).getText()).isEqualTo("Esegui l'importazione");
    }
}
