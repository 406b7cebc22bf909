package app.ponte.followups;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.followup.FollowUpAssigned;
import app.ponte.followup.FollowUpId;
import app.ponte.followup.FollowUpOrigin;
import app.ponte.layout.ViewTestSupport;
import app.ponte.mission.MissionId;
import app.ponte.program.ProgramId;
import app.ponte.shared.OutcomeId;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FollowUpsViewTest extends ViewTestSupport {

    @Autowired
    private EventGateway events;

    @SuppressWarnings("unchecked")
    private static Grid<FollowUpItem> grid() {
        return _get(Grid.class, spec -> spec.withId("follow-ups"));
    }

    @Test
    void overdueAndMineFilterTheLazilyLoadedList() {
        var late = FollowUpId.random();
        var later = FollowUpId.random();
        var program = ProgramId.of(DEMO_PROGRAM);
        var mission = MissionId.of(DEMO_MISSION);
        events.publish(new FollowUpAssigned(late, program, mission, FollowUpOrigin.outcome(OutcomeId.random()),
                        "giulia", LocalDate.of(2017, 6, 1), "Send the cluster's brochure to Fudan"),
                new FollowUpAssigned(later, program, mission, FollowUpOrigin.outcome(OutcomeId.random()),
                        "marco", LocalDate.now().plusYears(1), "Plan the return visit"));
        openBrowser(FollowUpsView.class);
        UI.getCurrent().navigate(FollowUpsView.class);
        awaitUi("both follow-ups are listed", () -> GridKt._size(grid()) >= 2);

        _setValue(_get(Checkbox.class, spec -> spec.withId("overdue-only")), true);
        awaitUi("only the late one is left", () -> GridKt._size(grid()) == 1);
        assertThat(GridKt._get(grid(), 0).followUpId()).isEqualTo(late);
        assertThat(GridKt._getFormattedRow(grid(), 0).toString()).contains("days late");

        _setValue(_get(Checkbox.class, spec -> spec.withId("overdue-only")), false);
        _setValue(_get(TextField.class, spec -> spec.withId("owner")), "marco");
        awaitUi("only marco's is left", () -> GridKt._size(grid()) == 1
                && GridKt._get(grid(), 0).followUpId().equals(later));
    }
}
