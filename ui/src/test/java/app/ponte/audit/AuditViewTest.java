package app.ponte.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.dashboard.ProgramSummary;
import app.ponte.layout.ViewTestSupport;
import app.ponte.security.AccessDenied;
import app.ponte.security.Role;
import app.ponte.security.UiSignIn;
import app.ponte.security.UserDirectory;
import com.github.mvysny.kaributesting.v10.GridKt;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The audit screen without a browser, on the whole application with the demo data loaded. */
class AuditViewTest extends ViewTestSupport {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private UserDirectory users;
    @Autowired
    private AuditFacade audit;

    @BeforeEach
    void openAuditScreen() {
        openBrowser(AuditView.class);
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

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntry> log() {
        return _get(Grid.class, spec -> spec.withId("audit-log"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<HistoryEntry> history() {
        return _get(Grid.class, spec -> spec.withId("history"));
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
                .contains("system (SYSTEM)", "import", "Mission planned", "mission", "ALISEI mission to Shanghai");
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
        assertThat(banner.getText())
                .startsWith("Historical view: the agenda (0 missions) as it stood on 2017-01-01 00:00:00 UTC");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("as-of-agenda")))).isZero();

        _setValue(_get(DateTimePicker.class, spec -> spec.withId("as-of-moment")),
                LocalDateTime.now(java.time.ZoneOffset.UTC).plusMinutes(1));
        _click(_get(Button.class, spec -> spec.withId("show-as-of")));

        assertThat(banner.getText()).contains("the agenda (1 mission)", "Nothing here is live");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("as-of-agenda")))).isGreaterThanOrEqualTo(6);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProgramsDashboardAsOfAMomentIsMarkedHistoricalAndShowsItsFiguresThen() {
        selectTab(2);
        ComboBox<ProgramSummary> program = _get(ComboBox.class, spec -> spec.withId("as-of-program"));
        var demo = program.getListDataView().getItems()
                .filter(p -> p.programId().toString().equals(DEMO_PROGRAM)).findFirst().orElseThrow();
        _setValue(program, demo);
        _click(_get(Button.class, spec -> spec.withId("show-dashboard-as-of")));

        var banner = _get(Div.class, spec -> spec.withId("historical-banner"));
        assertThat(banner.getText()).startsWith("Historical view: the dashboard of " + demo.name() + " as it stood on");
        Grid<FieldValue> figures = _get(Grid.class, spec -> spec.withId("as-of-dashboard"));
        assertThat(GridKt._get(figures, 0)).isEqualTo(new FieldValue("Program", demo.name()));
        assertThat(GridKt._findAll(figures)).contains(new FieldValue("Engagements held",
                Long.toString(demo.engagementsHeld())));

        _setValue(_get(DateTimePicker.class, spec -> spec.withId("as-of-moment")), LocalDateTime.of(2017, 1, 1, 0, 0));
        _click(_get(Button.class, spec -> spec.withId("show-dashboard-as-of")));

        assertThat(banner.getText()).contains("rebuilt from 0 events");
        assertThat(GridKt._findAll(figures)).contains(new FieldValue("Engagements held", "0"));
    }

    @Test
    void aClusterManagerSeesHowFarTheChainReachesButTheServerRefusesThemAFullVerify() {
        if (users.byUsername("auditing-manager").isEmpty()) {
            users.create("auditing-manager", "a manager's password for the view tests", Role.CLUSTER_MANAGER,
                    Set.of());
        }
        UiSignIn.as(context, "auditing-manager");

        var panel = new ChainPanel(audit);

        assertThat(_find(panel, Button.class, spec -> spec.withId("verify-chain"))).isEmpty();
        assertThat(_get(panel, Span.class, spec -> spec.withId("chain-status")).getText())
                .matches("The chain links every event up to number \\d+\\.");
        assertThatThrownBy(audit::verifyChain).isInstanceOf(AccessDenied.class)
                .hasMessageContaining("Only an administrator may VerifyHashChain");
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
