package app.ponte.followups;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.followup.FollowUpAssigned;
import app.ponte.followup.FollowUpId;
import app.ponte.followup.FollowUpOrigin;
import app.ponte.layout.ViewTestSupport;
import app.ponte.mission.MissionId;
import app.ponte.program.ProgramId;
import app.ponte.security.Role;
import app.ponte.security.UserDirectory;
import app.ponte.shared.OutcomeId;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FollowUpsViewTest extends ViewTestSupport {

    private static final String VIEWER = "viewer-of-follow-ups";

    @Autowired
    private EventGateway events;

    @Autowired
    private UserDirectory users;

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
        _setValue(_get(TextField.class, spec -> spec.withId("owner")), "giulia");
        awaitUi("giulia's follow-up is listed", () -> GridKt._size(grid()) == 1);
        assertThat(GridKt._get(grid(), 0).followUpId()).isEqualTo(late);
        assertThat(GridKt._getFormattedRow(grid(), 0).toString()).contains("days late");

        _setValue(_get(TextField.class, spec -> spec.withId("owner")), "marco");
        awaitUi("marco's follow-up is listed", () -> GridKt._size(grid()) == 1
                && GridKt._get(grid(), 0).followUpId().equals(later));
        _setValue(_get(Checkbox.class, spec -> spec.withId("overdue-only")), true);
        awaitUi("marco has nothing overdue", () -> GridKt._size(grid()) == 0);
    }

    @Test
    void mineOnlyListsTheSignedInUsersFollowUpsAndSetsTheOwnerFieldAside() {
        var me = users.byUsername("administrator").orElseThrow().userId();
        var mine = FollowUpId.random();
        var theirs = FollowUpId.random();
        var program = ProgramId.of(DEMO_PROGRAM);
        var mission = MissionId.of(DEMO_MISSION);
        events.publish(new FollowUpAssigned(mine, program, mission, FollowUpOrigin.outcome(OutcomeId.random()), me,
                        LocalDate.of(2017, 6, 3), "Send the minutes to the cluster"),
                new FollowUpAssigned(theirs, program, mission, FollowUpOrigin.outcome(OutcomeId.random()),
                        "someone-else", LocalDate.of(2017, 6, 3), "Book the return flight"));
        openBrowser(FollowUpsView.class);
        UI.getCurrent().navigate(FollowUpsView.class);
        var owner = _get(TextField.class, spec -> spec.withId("owner"));
        _setValue(owner, "someone-else");
        awaitUi("someone else's follow-up is listed", () -> GridKt._size(grid()) == 1
                && GridKt._get(grid(), 0).followUpId().equals(theirs));

        _setValue(_get(Checkbox.class, spec -> spec.withId("mine-only")), true);

        awaitUi("only mine are listed", () -> GridKt._size(grid()) >= 1 && GridKt._findAll(grid()).stream()
                .allMatch(item -> item.ownerUserId().equals(me)));
        assertThat(GridKt._findAll(grid())).extracting(FollowUpItem::followUpId).contains(mine).doesNotContain(theirs);
        assertThat(owner.isEnabled()).as("the owner typed is set aside while mine is ticked").isFalse();

        _setValue(_get(Checkbox.class, spec -> spec.withId("mine-only")), false);
        awaitUi("the owner typed applies again", () -> GridKt._size(grid()) == 1
                && GridKt._get(grid(), 0).followUpId().equals(theirs));
    }

    @Test
    void aViewerWhoTriesToCompleteIsToldWhyAndNothingChanges() {
        if (users.byUsername(VIEWER).isEmpty()) {
            users.create(VIEWER, "a password for the follow-ups test", Role.VIEWER,
                    List.of(ProgramId.of(DEMO_PROGRAM)));
        }
        var followUp = FollowUpId.random();
        events.publish(new FollowUpAssigned(followUp, ProgramId.of(DEMO_PROGRAM), MissionId.of(DEMO_MISSION),
                FollowUpOrigin.outcome(OutcomeId.random()), "lucia", LocalDate.of(2017, 6, 2),
                "Thank the Consulate for the workshop's room"));
        openBrowserAs(VIEWER, FollowUpsView.class);
        UI.getCurrent().navigate(FollowUpsView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("owner")), "lucia");
        awaitUi("lucia's follow-up is listed", () -> GridKt._size(grid()) == 1);

        var complete = (Button) GridKt._getCellComponent(grid(), 0, "complete");
        assertThat(complete.getId()).hasValue("complete-" + followUp);
        _click(complete);

        NotificationsKt.expectNotifications("Your role (VIEWER) may read but not change records (CompleteFollowUp)");
        awaitUi("the list is asked again", () -> GridKt._size(grid()) == 1);
        assertThat(GridKt._get(grid(), 0).completedOn()).isNull();
    }
}
