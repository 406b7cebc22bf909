package app.ponte.meetings;

import app.ponte.agenda.MissionSummary;
import app.ponte.mission.EngagementKind;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;

/** The form an officer schedules an engagement with; it validates its own fields and only announces the draft. */
class MeetingForm extends FormLayout {

    private static final Duration DEFAULT_LENGTH = Duration.ofHours(1);

    private final Select<EngagementKind> kind = new Select<>();
    private final TextField title = new TextField("Title");
    private final TextField venue = new TextField("Venue");
    private final DateTimePicker start = new DateTimePicker("Starts (venue time)");
    private final DateTimePicker end = new DateTimePicker("Ends (venue time)");
    private final TextField themes = new TextField("Themes");
    private final Button schedule = new Button("Schedule");
    private final Binder<MeetingDraft> binder = new Binder<>();
    private final Map<String, HasValidation> fieldsByName =
            Map.of("kind", kind, "title", title, "venue", venue, "start", start, "end", end, "themes", themes);

    MeetingForm() {
        setId("meeting-form");
        configureFields();
        configureBinder();
        add(new H3("Schedule an engagement"), kind, title, venue, start, end, themes, schedule);
        setResponsiveSteps(new ResponsiveStep("0", 1));
        setEnabled(false);
    }

    private void configureFields() {
        kind.setLabel("Kind");
        kind.setId("meeting-kind");
        kind.setItems(EngagementKind.values());
        kind.setItemLabelGenerator(k -> k.name().charAt(0) + k.name().substring(1).toLowerCase(Locale.ROOT));
        kind.setValue(EngagementKind.MEETING);
        title.setId("meeting-title");
        title.setPlaceholder("e.g. Meeting with Fudan University");
        venue.setId("meeting-venue");
        start.setId("meeting-start");
        end.setId("meeting-end");
        start.setStep(Duration.ofMinutes(15));
        end.setStep(Duration.ofMinutes(15));
        start.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null
                    && (end.getValue() == null || !end.getValue().isAfter(change.getValue()))) {
                end.setValue(change.getValue().plus(DEFAULT_LENGTH));
            }
        });
        themes.setId("meeting-themes");
        themes.setHelperText("Separate themes with commas");
        schedule.setId("schedule-meeting");
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.addClickShortcut(Key.ENTER);
        schedule.addClickListener(click -> submit());
    }

    private void configureBinder() {
        binder.forField(kind).asRequired("Choose what kind of engagement it is")
                .bind(MeetingDraft::getKind, MeetingDraft::setKind);
        binder.forField(title).asRequired("A title is required")
                .withValidator(text -> text.strip().length() <= 200, "At most 200 characters")
                .bind(MeetingDraft::getTitle, MeetingDraft::setTitle);
        binder.forField(venue)
                .withValidator(text -> text.strip().length() <= 200, "At most 200 characters")
                .bind(MeetingDraft::getVenue, MeetingDraft::setVenue);
        binder.forField(start).asRequired("A start time is required")
                .bind(MeetingDraft::getStart, MeetingDraft::setStart);
        binder.forField(end).asRequired("An end time is required")
                .withValidator(value -> start.getValue() == null || value.isAfter(start.getValue()),
                        "Must end after it starts")
                .bind(MeetingDraft::getEnd, MeetingDraft::setEnd);
        binder.forField(themes).bind(MeetingDraft::getThemes, MeetingDraft::setThemes);
    }

    /** Prepares the form for the given mission: its days bound the pickers, and the first morning is proposed. */
    void showMission(MissionSummary mission) {
        setEnabled(mission != null);
        if (mission == null) {
            return;
        }
        start.setMin(mission.startDate().atStartOfDay());
        start.setMax(mission.endDate().atTime(LocalTime.of(23, 45)));
        end.setMin(mission.startDate().atStartOfDay());
        end.setMax(mission.endDate().atTime(LocalTime.of(23, 59)));
        var draft = new MeetingDraft();
        draft.setStart(mission.startDate().atTime(10, 0));
        draft.setEnd(draft.getStart().plus(DEFAULT_LENGTH));
        binder.readBean(draft);
        start.setHelperText("Local time in " + mission.city() + " (" + mission.zone().getId() + ")");
    }

    /** After a success: keep kind and times, which the next engagement often shares, and clear the rest. */
    void clearForNext() {
        title.clear();
        venue.clear();
        themes.clear();
        title.focus();
    }

    /** Shows a rule the backend enforced on the named field; false when the form has no such field. */
    boolean showError(String field, String message) {
        var component = fieldsByName.get(field);
        if (component == null) {
            return false;
        }
        component.setErrorMessage(message);
        component.setInvalid(true);
        return true;
    }

    private void submit() {
        var draft = new MeetingDraft();
        if (binder.writeBeanIfValid(draft)) {
            fireEvent(new ScheduleRequested(this, draft));
        }
    }

    Registration addScheduleListener(ComponentEventListener<ScheduleRequested> listener) {
        return addListener(ScheduleRequested.class, listener);
    }

    /** The officer asked to schedule the engagement in the draft, which passed the form's own checks. */
    static final class ScheduleRequested extends ComponentEvent<MeetingForm> {

        private final MeetingDraft draft;

        ScheduleRequested(MeetingForm source, MeetingDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        MeetingDraft draft() {
            return draft;
        }
    }
}
