package app.ponte.meetings;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.agenda.EngagementSummary;
import app.ponte.agenda.MissionSummary;
import app.ponte.layout.MainLayout;
import app.ponte.layout.ViewTestSupport;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The meetings screen without a browser: the whole application runs, only the browser is simulated. */
class MeetingsViewTest extends ViewTestSupport {

    private void openMeetingsScreen() {
        // Listed rather than discovered: discovery skips package-private routes like this one.
        openBrowser(MeetingsView.class);
        UI.getCurrent().navigate(MeetingsView.class);
        awaitUi("the demo mission is listed", () -> missionPicker().getValue() != null);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<MissionSummary> missionPicker() {
        return _get(ComboBox.class, spec -> spec.withId("mission"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<EngagementSummary> agenda() {
        return _get(Grid.class, spec -> spec.withId("agenda"));
    }

    private static TextField title() {
        return _get(TextField.class, spec -> spec.withId("meeting-title"));
    }

    private static boolean agendaShows(String title) {
        var grid = agenda();
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._get(grid, row).title().equals(title)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theMeetingsScreenIsFramedByTheMainLayout() {
        openMeetingsScreen();

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .extracting(target -> (Object) target.getClass())
                .containsExactly(MeetingsView.class, MainLayout.class);
    }

    @Test
    void aScheduledMeetingAppearsInTheAgendaWithVenueAndViewerTime() {
        openMeetingsScreen();
        awaitUi("the demo agenda is shown", () -> GridKt._size(agenda()) > 0);
        var title = "Meeting with Città della Scienza " + System.nanoTime();

        _setValue(title(), title);
        _setValue(_get(TextField.class, spec -> spec.withId("meeting-venue")), "Consulate General, Shanghai");
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("meeting-start")),
                LocalDateTime.of(2017, 5, 17, 11, 0));
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("meeting-end")),
                LocalDateTime.of(2017, 5, 17, 12, 0));
        _setValue(_get(TextField.class, spec -> spec.withId("meeting-themes")), "life sciences, prevention");
        _click(_get(Button.class, spec -> spec.withId("schedule-meeting")));

        awaitUi("the new meeting is listed", () -> agendaShows(title));
        var grid = agenda();
        int row = 0;
        while (!GridKt._get(grid, row).title().equals(title)) {
            row++;
        }
        assertThat(GridKt._getFormattedRow(grid, row))
                .startsWith("2017-05-17 11:00–12:00")
                .contains("Meeting", title, "Consulate General, Shanghai", "life sciences, prevention");
        assertThat(title().getValue()).as("the form is cleared for the next meeting").isEmpty();
        // No progress shown once the mission has decided.
        _assertNone(ProgressBar.class, spec -> spec.withId("meeting-progress"));
        assertThat(_get(Button.class, spec -> spec.withId("schedule-meeting")).isEnabled()).isTrue();
    }

    @Test
    void aMeetingWithoutTitleIsNotScheduledAndTheFieldSaysWhy() {
        openMeetingsScreen();
        awaitUi("the demo agenda is shown", () -> GridKt._size(agenda()) > 0);
        int before = GridKt._size(agenda());

        _click(_get(Button.class, spec -> spec.withId("schedule-meeting")));

        assertThat(title().isInvalid()).isTrue();
        assertThat(title().getErrorMessage()).isEqualTo("A title is required");
        MockVaadin.clientRoundtrip();
        assertThat(GridKt._size(agenda())).isEqualTo(before);
    }

    @Test
    void theTitleIsCheckedWhileTheOfficerTypes() {
        openMeetingsScreen();
        // Every keystroke is sent, so the Binder's rule applies before the officer leaves the field or submits.
        assertThat(title().getValueChangeMode()).isEqualTo(ValueChangeMode.EAGER);

        // The form's limit is the command's (Check.TITLE_MAX), counted as the command counts: in code points.
        _setValue(title(), "x".repeat(301));
        assertThat(title().isInvalid()).isTrue();
        assertThat(title().getErrorMessage()).isEqualTo("At most 300 characters");

        _setValue(title(), "𝔸".repeat(300));
        assertThat(title().isInvalid()).isFalse();
    }

    @Test
    void aMeetingThatEndsBeforeItStartsIsRefusedOnTheEndField() {
        openMeetingsScreen();
        _setValue(title(), "Backwards meeting");
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("meeting-start")),
                LocalDateTime.of(2017, 5, 16, 11, 0));
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("meeting-end")),
                LocalDateTime.of(2017, 5, 16, 10, 0));
        _click(_get(Button.class, spec -> spec.withId("schedule-meeting")));

        var end = _get(DateTimePicker.class, spec -> spec.withId("meeting-end"));
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("Must end after it starts");
    }

    @Test
    void theScreenSpeaksItalianWithTheSameVenueAndViewerTimes() {
        // The screen is built in the UI's language: it is chosen on another screen, then the meetings are opened.
        openBrowser(MeetingsView.class, MainLayoutProbe.class);
        UI.getCurrent().navigate(MainLayoutProbe.class);
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate(MeetingsView.class);
        awaitUi("the demo agenda is shown", () -> missionPicker().getValue() != null && GridKt._size(agenda()) > 0);

        assertThat(_get(H3.class).getText()).isEqualTo("Pianifica un impegno");
        assertThat(_get(Button.class, spec -> spec.withId("schedule-meeting")).getText()).isEqualTo("Pianifica");
        assertThat(title().getLabel()).isEqualTo("Titolo");
        assertThat(agenda().getColumnByKey("venue-time").getHeaderText()).isEqualTo("Ora locale (Asia/Shanghai)");
        assertThat(missionPicker().getItemLabelGenerator().apply(missionPicker().getValue())).contains(" · dal ",
                " al ");
        var fudan = "Meeting with Fudan University (复旦大学)";
        awaitUi("the demo meeting with Fudan is listed", () -> agendaShows(fudan));
        int row = 0;
        while (!GridKt._get(agenda(), row).title().equals(fudan)) {
            row++;
        }
        assertThat(GridKt._getFormattedRow(agenda(), row)).contains("Incontro", fudan);

        _click(_get(Button.class, spec -> spec.withId("schedule-meeting")));
        assertThat(title().getErrorMessage()).isEqualTo("Il titolo è obbligatorio");
    }
}
