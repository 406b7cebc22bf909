package app.ponte.programs;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.chart.EChart;
import app.ponte.dashboard.ProgramSummary;
import app.ponte.layout.ViewTestSupport;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.ScheduleEngagement;
import app.ponte.mission.LogOutcome;
import app.ponte.mission.MarkEngagementHeld;
import app.ponte.mission.MissionId;
import app.ponte.mission.OutcomeKind;
import app.ponte.program.ProgramId;
import app.ponte.shared.OutcomeId;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProgramDashboardViewTest extends ViewTestSupport {

    @Autowired
    private CommandGateway commands;

    @BeforeEach
    void open() {
        openBrowser(ProgramsView.class, ProgramDashboardView.class);
    }

    private static long figure(String id) {
        return Long.parseLong(_get(Span.class, spec -> spec.withId(id)).getText());
    }

    /** The demo data may still be arriving; wait until the figures stop moving. */
    private static void settle() {
        var previous = "";
        while (true) {
            awaitUi("a moment passes", () -> true);
            try {
                Thread.sleep(1000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
            var now = figure("engagements-held") + "/" + figure("outcomes-total");
            if (now.equals(previous)) {
                return;
            }
            previous = now;
        }
    }

    @Test
    void theProgramsListShowsTheDemoProgram() {
        UI.getCurrent().navigate(ProgramsView.class);
        @SuppressWarnings("unchecked")
        Grid<ProgramSummary> grid = _get(Grid.class, spec -> spec.withId("programs"));

        awaitUi("the demo program is listed", () -> GridKt._size(grid) > 0);
        assertThat(GridKt._get(grid, 0).programId()).isEqualTo(ProgramId.of(DEMO_PROGRAM));
        assertThat(GridKt._get(grid, 0).missions()).isEqualTo(1);
    }

    @Test
    void theDashboardFollowsAHeldMeetingAndAnOutcomeWithoutReload() {
        UI.getCurrent().navigate(ProgramDashboardView.class, ProgramDashboardView.parametersFor(
                ProgramId.of(DEMO_PROGRAM)));
        awaitUi("the demo engagements are counted", () -> figure("engagements-held") > 0);
        settle();
        var held = figure("engagements-held");
        var outcomes = figure("outcomes-total");
        var dashboard = UI.getCurrent().getChildren().findFirst().orElseThrow();

        var mission = MissionId.of(DEMO_MISSION);
        var visit = EngagementId.random();
        commands.sendAndWait(new ScheduleEngagement(mission, visit, EngagementKind.VISIT, "Visit to Zhangjiang Hi-Tech Park",
                "Zhangjiang", LocalDateTime.of(2017, 5, 17, 8, 0), LocalDateTime.of(2017, 5, 17, 9, 0), List.of(),
                List.of("life sciences")));
        commands.sendAndWait(new MarkEngagementHeld(mission, visit, "Well attended"));
        commands.sendAndWait(new LogOutcome(mission, visit, OutcomeId.random(), OutcomeKind.INFORMATION_EXCHANGE,
                "Exchange of information on the park's incubators", List.of(), List.of("life sciences"), null));

        awaitUi("the held workshop and its outcome are counted", () -> figure("engagements-held") == held + 1
                && figure("outcomes-total") == outcomes + 1);
        assertThat(UI.getCurrent().getChildren().findFirst().orElseThrow()).isSameAs(dashboard);
        assertThat(_get(EChart.class, spec -> spec.withId("chart-outcomes")).getOption())
                .contains("Information exchange");
    }

    /** "5 / 12": the indicator's actual and its target, as the card writes them. */
    private static String target(String kind) {
        return _get(Span.class, spec -> spec.withId("actual-" + kind)).getParent().orElseThrow().getElement()
                .getTextRecursively();
    }

    @Test
    void thePeriodSelectorShowsTheDemoMissionsYearAgainstItsTargets() {
        UI.getCurrent().navigate(ProgramDashboardView.class, ProgramDashboardView.parametersFor(
                ProgramId.of(DEMO_PROGRAM)));
        awaitUi("the demo engagements are counted", () -> figure("engagements-held") > 0);
        settle();
        @SuppressWarnings("unchecked")
        Select<PeriodChoice> choice = _get(Select.class, spec -> spec.withId("period-choice"));
        assertThat(choice.getValue()).as("the current period by default").isEqualTo(PeriodChoice.CURRENT);
        assertThat(choice.getListDataView().getItems().map(choice.getItemLabelGenerator()::apply))
                .containsExactly("Current period", "All time", "2017", "2018");
        // Today is long after the demo program's end: its latest target period, 2018, is the current one.
        assertThat(figure("actual-MEETINGS_HELD")).isZero();
        assertThat(target("MEETINGS_HELD")).isEqualTo("0 / 15");

        _setValue(choice, PeriodChoice.target(app.ponte.shared.Period.of(LocalDate.of(2017, 1, 1),
                LocalDate.of(2017, 12, 31))));
        var in2017 = figure("actual-MEETINGS_HELD");
        assertThat(in2017).as("the seed mission's five meetings, at least").isGreaterThanOrEqualTo(5);
        assertThat(target("MEETINGS_HELD")).isEqualTo(in2017 + " / 12");
        assertThat(_get(Span.class, spec -> spec.withId("period-MEETINGS_HELD")).getText())
                .isEqualTo("Target period 2017-01-01 – 2017-12-31");

        _setValue(choice, choice.getListDataView().getItems().filter(c -> c.kind() == PeriodChoice.Kind.ALL_TIME)
                .findFirst().orElseThrow());
        assertThat(target("MEETINGS_HELD")).as("both years' targets, every meeting")
                .isEqualTo(in2017 + " / 27");
        assertThat(_get(Span.class, spec -> spec.withId("period-MEETINGS_HELD")).getText())
                .isEqualTo("All time: 2017-01-01 – 2018-12-31");
    }
}
