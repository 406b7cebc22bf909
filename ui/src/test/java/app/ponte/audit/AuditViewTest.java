package app.ponte.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The audit screen without a browser, on the whole application with the demo mission loaded. */
@SpringBootTest
class AuditViewTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void freshStore(DynamicPropertyRegistry properties) {
        properties.add("ponte.mongodb.uri", () -> "");
        properties.add("ponte.data-dir", () -> dataDir.toString());
    }

    @Autowired
    private ApplicationContext context;

    @BeforeEach
    void openAuditScreen() {
        var routes = new Routes(Set.of(AuditView.class), Set.of(), true);
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        UI.getCurrent().navigate(AuditView.class);
        awaitLogSettled();
    }

    /** The demo data is stored before the test starts; the audit processor catches up with it on its own thread. */
    private static void awaitLogSettled() {
        var seen = new int[] {-1};
        var stableSince = new Instant[] {Instant.now()};
        awaitUi("the demo events are all in the log", () -> {
            _get(AuditLogPanel.class).refresh();
            int size = GridKt._size(log());
            if (size != seen[0]) {
                seen[0] = size;
                stableSince[0] = Instant.now();
                return false;
            }
            return size > 0 && Duration.between(stableSince[0], Instant.now()).toMillis() > 1500;
        });
    }

    private static int rowOf(String event) {
        var grid = log();
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._get(grid, row).event().equals(event)) {
                return row;
            }
        }
        throw new AssertionError("No " + event + " in the log");
    }

    @AfterEach
    void closeScreen() {
        MockVaadin.tearDown();
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntry> log() {
        return _get(Grid.class, spec -> spec.withId("audit-log"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<HistoryEntry> history() {
        return _get(Grid.class, spec -> spec.withId("history"));
    }

    private static void awaitUi(String what, BooleanSupplier condition) {
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            MockVaadin.clientRoundtrip();
            if (condition.getAsBoolean()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static void selectTab(int index) {
        _get(TabSheet.class, spec -> spec.withId("audit-tabs")).setSelectedIndex(index);
    }

    @Test
    void theLogListsEveryEventNewestFirstWithWhoWhatAndWhen() {
        var grid = log();
        int size = GridKt._size(grid);
        assertThat(GridKt._get(grid, 0).number()).isGreaterThan(GridKt._get(grid, size - 1).number());
        assertThat(GridKt._getFormattedRow(grid, rowOf("Mission planned")))
                .contains("system (SYSTEM)", "IMPORT", "mission", "ALISEI mission to Shanghai");
    }

    @Test
    @SuppressWarnings("unchecked")
    void filteringByRecordTypeLeavesOnlyThatKindOfRecord() {
        _setValue(_get(ComboBox.class, spec -> spec.withId("audit-record-type")), RecordType.MISSION);

        var grid = log();
        assertThat(GridKt._size(grid)).isPositive();
        for (int row = 0; row < GridKt._size(grid); row++) {
            assertThat(GridKt._get(grid, row).recordType()).isEqualTo(RecordType.MISSION);
        }
        assertThat(GridKt._get(grid, GridKt._size(grid) - 1).event()).isEqualTo("Mission planned");
    }

    @Test
    void filteringByATimeRangeBeforeAnythingHappenedLeavesNothing() {
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("audit-to")), LocalDateTime.of(2017, 1, 1, 0, 0));

        assertThat(GridKt._size(log())).isZero();
    }

    @Test
    void theExportIsTheFilteredLogAsCsv() throws IOException {
        var out = new ByteArrayOutputStream();
        _get(AuditLogPanel.class).csv().getWriter().accept(out, VaadinSession.getCurrent());

        var lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).startsWith("number,at,user,role,source,record type,record id,program,event,summary");
        assertThat(lines).hasSize(1 + GridKt._size(log()));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(",mission,", ",Mission planned,"));
    }

    @Test
    void pickingALogRowShowsThatRecordsHistory() {
        GridKt._clickItem(log(), rowOf("Mission planned"));

        assertThat(_get(TabSheet.class, spec -> spec.withId("audit-tabs")).getSelectedIndex()).isEqualTo(1);
        var entries = history();
        assertThat(GridKt._size(entries)).isPositive();
        assertThat(GridKt._get(entries, 0).event()).isEqualTo("Mission planned");
        assertThat(GridKt._get(entries, 0).description()).contains("title: ", "city: Shanghai");
    }

    @Test
    void theAgendaAsOfAMomentIsMarkedHistoricalAndShowsOnlyWhatExistedThen() {
        selectTab(2);
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("as-of-moment")), LocalDateTime.of(2017, 1, 1, 0, 0));
        _click(_get(Button.class, spec -> spec.withId("show-as-of")));

        var banner = _get(Div.class, spec -> spec.withId("historical-banner"));
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).startsWith("Historical view: the agenda (0 missions) as it stood on 1 Jan 2017");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("as-of-agenda")))).isZero();

        _setValue(_get(DateTimePicker.class, spec -> spec.withId("as-of-moment")),
                LocalDateTime.now(java.time.ZoneOffset.UTC).plusMinutes(1));
        _click(_get(Button.class, spec -> spec.withId("show-as-of")));

        assertThat(banner.getText()).contains("the agenda (1 mission)", "Nothing here is live");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("as-of-agenda")))).isGreaterThanOrEqualTo(6);
    }

    @Test
    void verifyingTheRecordSaysThatEveryEventVerifies() {
        selectTab(3);
        awaitUi("the chain has linked the demo events", () -> {
            _click(_get(Button.class, spec -> spec.withId("verify-chain")));
            return _get(Span.class, spec -> spec.withId("verify-result")).getText()
                    .matches("All \\d+ events verify\\..*");
        });
    }
}
