package app.ponte.meetings;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.agenda.EngagementSummary;
import app.ponte.agenda.MissionSummary;
import app.ponte.security.UiSignIn;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
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

/** The meetings screen without a browser: the whole application runs, only the browser is simulated. */
@SpringBootTest
class MeetingsViewTest {

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
    void openMeetingsScreen() {
        // Listed rather than discovered: discovery skips package-private routes like this one.
        UiSignIn.as(context, "administrator");
        var routes = new Routes(Set.of(MeetingsView.class), Set.of(), true);
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        UI.getCurrent().navigate(MeetingsView.class);
        awaitUi("the demo mission is listed", () -> missionPicker().getValue() != null);
    }

    @AfterEach
    void closeScreen() {
        MockVaadin.tearDown();
        UiSignIn.out();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<MissionSummary> missionPicker() {
        return _get(ComboBox.class, spec -> spec.withId("mission"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<EngagementSummary> agenda() {
        return _get(Grid.class, spec -> spec.withId("agenda"));
    }

    /** Updates arrive from the streaming processor on other threads; the UI applies them when the client calls. */
    private static void awaitUi(String what, BooleanSupplier condition) {
        var deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            MockVaadin.clientRoundtrip();
            if (condition.getAsBoolean()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
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
    void aScheduledMeetingAppearsInTheAgendaWithVenueAndViewerTime() {
        awaitUi("the demo agenda is shown", () -> GridKt._size(agenda()) > 0);
        var title = "Meeting with Città della Scienza " + System.nanoTime();

        _setValue(_get(TextField.class, spec -> spec.withId("meeting-title")), title);
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
                .startsWith("Wed 17 May, 11:00–12:00")
                .contains("Meeting", title, "Consulate General, Shanghai", "life sciences, prevention");
        assertThat(_get(TextField.class, spec -> spec.withId("meeting-title")).getValue())
                .as("the form is cleared for the next meeting")
                .isEmpty();
    }

    @Test
    void aMeetingWithoutTitleIsNotScheduledAndTheFieldSaysWhy() {
        awaitUi("the demo agenda is shown", () -> GridKt._size(agenda()) > 0);
        int before = GridKt._size(agenda());

        _click(_get(Button.class, spec -> spec.withId("schedule-meeting")));

        var title = _get(TextField.class, spec -> spec.withId("meeting-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("A title is required");
        MockVaadin.clientRoundtrip();
        assertThat(GridKt._size(agenda())).isEqualTo(before);
    }

    @Test
    void aMeetingThatEndsBeforeItStartsIsRefusedOnTheEndField() {
        _setValue(_get(TextField.class, spec -> spec.withId("meeting-title")), "Backwards meeting");
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("meeting-start")),
                LocalDateTime.of(2017, 5, 16, 11, 0));
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("meeting-end")),
                LocalDateTime.of(2017, 5, 16, 10, 0));
        _click(_get(Button.class, spec -> spec.withId("schedule-meeting")));

        var end = _get(DateTimePicker.class, spec -> spec.withId("meeting-end"));
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("Must end after it starts");
    }
}
