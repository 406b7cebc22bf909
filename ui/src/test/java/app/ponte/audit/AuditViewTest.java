package app.ponte.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import app.ponte.security.UiSignIn;
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

    /** The demo mission and its six engagements. */
    private static final int DEMO_EVENTS = 7;

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void freshStore(DynamicPropertyRegistry properties) {
        properties.add("ponte.mongodb.uri", () -> "");
        properties.add("ponte.data-dir", () -> dataDir.toString());
        properties.add("ponte.admin.username", () -> "administrator");
        properties.add("ponte.admin.password", () -> "a password for the view tests");
    }

    @Autowired
    private ApplicationContext context;

    @BeforeEach
    void openAuditScreen() {
        UiSignIn.as(context, "administrator");
        var routes = new Routes(Set.of(AuditView.class), Set.of(), true);
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        UI.getCurrent().navigate(AuditView.class);
        awaitUi("the demo events are in the log", () -> {
            _get(AuditLogPanel.class).refresh();
            return GridKt._size(log()) >= DEMO_EVENTS;
        });
    }

    @AfterEach
    void closeScreen() {
        MockVaadin.tearDown();
        UiSignIn.out();
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
    void theLogListsEveryEventNewestFirstWithWhatAndWhen() {
        var grid = log();
        assertThat(GridKt._get(grid, GridKt._size(grid) - 1).event()).isEqualTo("Mission planned");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Engagement scheduled", "engagement");
    }

    @Test
    @SuppressWarnings("unchecked")
    void filteringByRecordTypeLeavesOnlyThatKindOfRecord() {
        _setValue(_get(ComboBox.class, spec -> spec.withId("audit-record-type")), RecordType.MISSION);

        var grid = log();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).summary()).isEqualTo("ALISEI mission to Shanghai");
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
        assertThat(lines).hasSizeGreaterThanOrEqualTo(1 + DEMO_EVENTS);
        assertThat(lines[lines.length - 1]).contains(",mission,", ",Mission planned,ALISEI mission to Shanghai,");
    }

    @Test
    void pickingALogRowShowsThatRecordsHistory() {
        var grid = log();
        GridKt._clickItem(grid, GridKt._size(grid) - 1);

        assertThat(_get(TabSheet.class, spec -> spec.withId("audit-tabs")).getSelectedIndex()).isEqualTo(1);
        var entries = history();
        assertThat(GridKt._size(entries)).isEqualTo(1);
        assertThat(GridKt._get(entries, 0).description()).contains("title: ALISEI mission to Shanghai");
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
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("as-of-agenda")))).isEqualTo(6);
    }

    @Test
    void verifyingTheRecordSaysThatEveryEventVerifies() {
        selectTab(3);
        awaitUi("the chain has linked the demo events", () -> {
            _click(_get(Button.class, spec -> spec.withId("verify-chain")));
            return _get(Span.class, spec -> spec.withId("verify-result")).getText()
                    .startsWith("All " + DEMO_EVENTS + " events verify");
        });
    }
}
