package app.ponte.programs;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.chart.EChart;
import app.ponte.dashboard.ProgramSummary;
import app.ponte.layout.ViewTestSupport;
import app.ponte.mission.EngagementId;
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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
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
        awaitUi("the demo engagements are counted", () -> figure("engagements-scheduled") >= 6);
        var held = figure("engagements-held");
        var outcomes = figure("outcomes-total");
        var dashboard = UI.getCurrent().getChildren().findFirst().orElseThrow();

        var mission = MissionId.of(DEMO_MISSION);
        var workshop = new EngagementId(UUID.nameUUIDFromBytes("ponte-demo:engagement:workshop"
                .getBytes(StandardCharsets.UTF_8)));
        commands.sendAndWait(new MarkEngagementHeld(mission, workshop, "Well attended"));
        commands.sendAndWait(new LogOutcome(mission, workshop, OutcomeId.random(), OutcomeKind.INFORMATION_EXCHANGE,
                "Exchange of information on the Italian vision", List.of(), List.of("prevention"), null));

        awaitUi("the held workshop and its outcome are counted", () -> figure("engagements-held") == held + 1
                && figure("outcomes-total") == outcomes + 1);
        assertThat(UI.getCurrent().getChildren().findFirst().orElseThrow()).isSameAs(dashboard);
        assertThat(_get(EChart.class, spec -> spec.withId("chart-outcomes")).getOption())
                .contains("Information exchange");
    }
}
