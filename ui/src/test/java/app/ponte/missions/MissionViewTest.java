package app.ponte.missions;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.agenda.EngagementStatus;
import app.ponte.agenda.EngagementSummary;
import app.ponte.layout.ViewTestSupport;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MissionViewTest extends ViewTestSupport {

    @BeforeEach
    void openTheDemoMission() {
        openBrowser(MissionView.class, MissionsView.class);
        UI.getCurrent().navigate(MissionView.class, new RouteParameters("missionId", DEMO_MISSION));
        awaitUi("the demo agenda is shown", () -> GridKt._size(agenda()) >= 6);
    }

    @SuppressWarnings("unchecked")
    private static Grid<EngagementSummary> agenda() {
        return _get(Grid.class, spec -> spec.withId("mission-agenda"));
    }

    private static EngagementSummary find(String title) {
        var grid = agenda();
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._get(grid, row).title().equals(title)) {
                return GridKt._get(grid, row);
            }
        }
        return null;
    }

    private static int rowOf(String title) {
        var grid = agenda();
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._get(grid, row).title().equals(title)) {
                return row;
            }
        }
        throw new AssertionError(title + " is not on the agenda");
    }

    @Test
    void showsEachEngagementInVenueTimeAndViewerTime() {
        var row = GridKt._getFormattedRow(agenda(), rowOf("Meeting with Fudan University (复旦大学)"));

        var header = agenda().getColumnByKey("viewer-time").getHeaderText();
        var viewerZone = java.time.ZoneId.of(header.substring(header.indexOf('(') + 1, header.indexOf(')')));
        var viewerStart = java.time.ZonedDateTime.of(2017, 5, 16, 9, 30, 0, 0, java.time.ZoneId.of("Asia/Shanghai"))
                .withZoneSameInstant(viewerZone);
        var time = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        var hours = java.time.format.DateTimeFormatter.ofPattern("HH:mm");

        // The venue's own clock first, then the viewer's, whatever zone the (simulated) browser reports.
        assertThat(row).contains("2017-05-16", "09:30–10:30", "Meeting with Fudan University (复旦大学)");
        assertThat(row.get(2)).isEqualTo(time.format(viewerStart) + "–" + hours.format(viewerStart.plusHours(1)));
    }

    @Test
    void scheduleHoldAndLogAnOutcomeThroughTheForms() {
        var title = "Meeting with Città della Scienza " + System.nanoTime();
        _click(_get(Button.class, spec -> spec.withId("schedule")));
        _setValue(_get(TextField.class, spec -> spec.withId("field-title")), title);
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("field-start")), LocalDateTime.of(2017, 5, 17, 11, 0));
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("field-end")), LocalDateTime.of(2017, 5, 17, 12, 0));
        _click(_get(Button.class, spec -> spec.withId("confirm")));
        awaitUi("the new meeting is listed", () -> find(title) != null);

        agenda().select(find(title));
        _click(_get(Button.class, spec -> spec.withId("hold")));
        _setValue(_get(TextArea.class, spec -> spec.withId("field-minutes")), "Joint research on prevention");
        _click(_get(Button.class, spec -> spec.withId("confirm")));
        awaitUi("the meeting shows as held", () -> find(title).status() == EngagementStatus.HELD);

        agenda().select(find(title));
        _click(_get(Button.class, spec -> spec.withId("outcome")));
        _setValue(_get(TextArea.class, spec -> spec.withId("field-description")),
                "Exchange of information on the Italian vision");
        _click(_get(Button.class, spec -> spec.withId("confirm")));
        awaitUi("the outcome is listed under the meeting", () -> find(title).outcomes().size() == 1);
    }

    @Test
    void anEngagementOutsideTheMissionDaysIsRefusedWithTheDomainsOwnWords() {
        _click(_get(Button.class, spec -> spec.withId("schedule")));
        _setValue(_get(TextField.class, spec -> spec.withId("field-title")), "Too late");
        var start = _get(DateTimePicker.class, spec -> spec.withId("field-start"));
        var end = _get(DateTimePicker.class, spec -> spec.withId("field-end"));
        // The pickers' min and max are hints for the browser; the mission itself still has the last word.
        start.setMax(null);
        end.setMax(null);
        _setValue(start, LocalDateTime.of(2017, 5, 20, 11, 0));
        _setValue(end, LocalDateTime.of(2017, 5, 20, 12, 0));
        _click(_get(Button.class, spec -> spec.withId("confirm")));

        awaitUi("the rejection is shown", () -> _get(Span.class, spec -> spec.withId("rejection")).isVisible()
                || start.isInvalid());
        var shown = start.isInvalid() ? start.getErrorMessage()
                : _get(Span.class, spec -> spec.withId("rejection")).getText();
        assertThat(shown).contains("17");
        assertThat(find("Too late")).isNull();
    }

    @Test
    void aTitleIsRequiredWhileTyping() {
        _click(_get(Button.class, spec -> spec.withId("schedule")));
        var title = _get(TextField.class, spec -> spec.withId("field-title"));
        _setValue(title, "x");
        _setValue(title, "");

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Required");
    }

    @Test
    void actionsFollowTheSelectedEngagement() {
        assertThat(_get(Button.class, spec -> spec.withId("outcome")).isEnabled()).isFalse();
        var held = agenda().getListDataView().getItems()
                .filter(e -> e.status() == EngagementStatus.HELD).findFirst().orElseThrow();
        agenda().select(held);

        assertThat(_get(Button.class, spec -> spec.withId("outcome")).isEnabled()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("hold")).isEnabled()).isFalse();
        assertThat(_get(Button.class, spec -> spec.withId("reschedule")).isEnabled()).isFalse();
        assertThat(_find(Button.class, spec -> spec.withId("attendance"))).hasSize(1);
    }

    @Test
    void theMissionsListLeadsToTheMission() {
        UI.getCurrent().navigate(MissionsView.class);
        @SuppressWarnings("unchecked")
        Grid<app.ponte.agenda.MissionSummary> missions = _get(Grid.class, spec -> spec.withId("missions"));

        assertThat(GridKt._getFormattedRow(missions, 0)).contains("ALISEI mission to Shanghai", "Asia/Shanghai");
    }
}
