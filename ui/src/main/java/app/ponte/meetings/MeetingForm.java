package app.ponte.meetings;

import app.ponte.agenda.MissionSummary;
import app.ponte.layout.Accessibility;
import app.ponte.layout.DatePickers;
import app.ponte.mission.EngagementKind;
import app.ponte.shared.Check;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

/** The form an officer schedules an engagement with; it validates its own fields and only announces the draft. */
class MeetingForm extends FormLayout {

    private static final Duration DEFAULT_LENGTH = Duration.ofHours(1);
    // The longest title or venue the mission accepts.

    private final Select<EngagementKind> kind = new Select<>();
    private final TextField title = new TextField();
    private final TextField venue = new TextField();
    private final DateTimePicker start = new DateTimePicker();
    private final DateTimePicker end = new DateTimePicker();
    private final TextField themes = new TextField();
    private final Button schedule = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Binder<MeetingDraft> binder = new Binder<>();
    private final Map<String, HasValidation> fieldsByName =
            Map.of("kind", kind, "title", title, "venue", venue, "start", start, "end", end, "themes", themes);

    MeetingForm() {
        setId("meeting-form");
        configureFields();
        configureBinder();
        add(new H3(getTranslation("meetings.formHeading")), kind, title, venue, start, end, themes, schedule,
                progress);
        setResponsiveSteps(new ResponsiveStep("0", 1));
        setEnabled(false);
    }

    private void configureFields() {
        kind.setLabel(getTranslation("engagement.kind"));
        kind.setId("meeting-kind");
        Accessibility.withoutDisallowedAriaRequired(kind);
        kind.setItems(EngagementKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("kind." + k.name()));
        kind.setValue(EngagementKind.MEETING);
        title.setLabel(getTranslation("engagement.title"));
        title.setId("meeting-title");
        title.setPlaceholder(getTranslation("meetings.titleExample"));
        venue.setLabel(getTranslation("engagement.venue"));
        venue.setId("meeting-venue");
        start.setLabel(getTranslation("form.startsVenue"));
        start.setId("meeting-start");
        Accessibility.withoutDisallowedAriaRequired(start);
        DatePickers.localize(start);
        end.setLabel(getTranslation("form.endsVenue"));
        end.setId("meeting-end");
        Accessibility.withoutDisallowedAriaRequired(end);
        DatePickers.localize(end);
        // Each keystroke reaches the Binder, so a rule is shown while the officer types, not on leaving the field.
        for (var text : new TextField[] {title, venue, themes}) {
            text.setValueChangeMode(ValueChangeMode.EAGER);
        }
        start.setStep(Duration.ofMinutes(15));
        end.setStep(Duration.ofMinutes(15));
        start.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null
                    && (end.getValue() == null || !end.getValue().isAfter(change.getValue()))) {
                end.setValue(change.getValue().plus(DEFAULT_LENGTH));
            }
        });
        themes.setLabel(getTranslation("engagement.themes"));
        themes.setId("meeting-themes");
        themes.setHelperText(getTranslation("form.commaSeparated"));
        schedule.setText(getTranslation("action.schedule"));
        schedule.setId("schedule-meeting");
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.addClickShortcut(Key.ENTER);
        schedule.addClickListener(click -> submit());
        progress.setId("meeting-progress");
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", getTranslation("form.sending"));
        progress.setVisible(false);
    }

    private void configureBinder() {
        var titleAtMost = getTranslation("form.atMost", Check.TITLE_MAX);
        var venueAtMost = getTranslation("form.atMost", Check.NAME_MAX);
        binder.forField(kind).asRequired(getTranslation("meetings.kindRequired"))
                .bind(MeetingDraft::getKind, MeetingDraft::setKind);
        binder.forField(title).asRequired(getTranslation("meetings.titleRequired"))
                .withValidator(text -> Check.fits(text, Check.TITLE_MAX), titleAtMost)
                .bind(MeetingDraft::getTitle, MeetingDraft::setTitle);
        binder.forField(venue)
                .withValidator(text -> Check.fits(text, Check.NAME_MAX), venueAtMost)
                .bind(MeetingDraft::getVenue, MeetingDraft::setVenue);
        binder.forField(start).asRequired(getTranslation("meetings.startRequired"))
                .bind(MeetingDraft::getStart, MeetingDraft::setStart);
        binder.forField(end).asRequired(getTranslation("meetings.endRequired"))
                .withValidator(value -> start.getValue() == null || value.isAfter(start.getValue()),
                        getTranslation("form.endAfterStart"))
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
        start.setHelperText(getTranslation("form.venueTimeIn", mission.city(), mission.zone().getId()));
    }

    /** After a success: keep kind and times, which the next engagement often shares, and clear the rest. */
    void clearForNext() {
        title.clear();
        venue.clear();
        themes.clear();
        title.focus();
    }

    /** While the mission decides: the bar runs and the button waits, so a second click cannot schedule twice. */
    void showProgress(boolean running) {
        progress.setVisible(running);
        schedule.setEnabled(!running);
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
