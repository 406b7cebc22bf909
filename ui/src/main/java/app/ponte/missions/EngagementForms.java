package app.ponte.missions;

import app.ponte.agenda.EngagementSummary;
import app.ponte.agenda.MissionSummary;
import app.ponte.directory.ContactCard;
import app.ponte.directory.OrganizationCard;
import app.ponte.layout.Accessibility;
import app.ponte.layout.DatePickers;
import app.ponte.mission.CancelEngagement;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.LogOutcome;
import app.ponte.mission.MarkEngagementHeld;
import app.ponte.mission.OutcomeKind;
import app.ponte.mission.RecordAttendance;
import app.ponte.mission.RescheduleEngagement;
import app.ponte.mission.ScheduleEngagement;
import app.ponte.shared.InvalidField;
import app.ponte.shared.Check;
import app.ponte.shared.Money;
import app.ponte.shared.OutcomeId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The mission page's forms, one per command. Each checks its fields as the officer types (a Binder with the same
 * limits the commands enforce), and builds its command only when all of them pass; the command's own checks still
 * have the last word, and their verdict is shown beside the field they name.
 */
final class EngagementForms {


    private EngagementForms() {
    }

    /** Holds what a form's fields hold, for the Binder to write into once everything is valid. */
    static final class Draft {

        private final Map<String, Object> values = new HashMap<>();

        @SuppressWarnings("unchecked")
        <T> T get(String name) {
            return (T) values.get(name);
        }

        void set(String name, Object value) {
            values.put(name, value);
        }
    }

    /** Common ground: a Binder over a {@link Draft}, named fields, and the step from draft to command. */
    abstract static class Form extends FormLayout implements CommandForm {

        final Binder<Draft> binder = new Binder<>();
        private final Map<String, HasValidation> fields = new HashMap<>();

        Form() {
            setResponsiveSteps(new ResponsiveStep("0", 1));
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        <F extends Component & HasValidation & com.vaadin.flow.component.HasValue> Binder.BindingBuilder<Draft, ?>
                field(String name, F field) {
            fields.put(name, field);
            field.setId("field-" + name);
            Accessibility.withoutDisallowedAriaRequired(field);
            if (field instanceof com.vaadin.flow.data.value.HasValueChangeMode eager) {
                eager.setValueChangeMode(ValueChangeMode.EAGER);
            }
            add(field);
            return (Binder.BindingBuilder) binder.forField(field);
        }

        static <T> void bind(Binder.BindingBuilder<Draft, T> builder, String name) {
            builder.bind(draft -> draft.get(name), (draft, value) -> draft.set(name, value));
        }

        abstract Object build(Draft draft);

        @Override
        public Component content() {
            return this;
        }

        @Override
        public Map<String, HasValidation> fields() {
            return fields;
        }

        @Override
        public Optional<Object> command() {
            var draft = new Draft();
            if (!binder.writeBeanIfValid(draft)) {
                return Optional.empty();
            }
            try {
                return Optional.of(build(draft));
            } catch (InvalidField invalid) {
                var field = fields.get(invalid.field());
                if (field == null) {
                    throw invalid;
                }
                field.setErrorMessage(invalid.getMessage());
                field.setInvalid(true);
                return Optional.empty();
            }
        }

        static List<String> themes(String text) {
            return Arrays.stream(text == null ? new String[0] : text.split(","))
                    .map(String::strip).filter(theme -> !theme.isEmpty()).toList();
        }

        static <T> List<T> list(Object selection) {
            return selection == null ? List.of() : List.copyOf((java.util.Set<T>) selection);
        }

        void limitText(Binder.BindingBuilder<Draft, ?> builder, String name, int max, boolean required) {
            @SuppressWarnings("unchecked")
            var text = (Binder.BindingBuilder<Draft, String>) builder;
            if (required) {
                text = text.asRequired(getTranslation("form.required"));
            }
            bind(text.withValidator(value -> Check.fits(value, max),
                    getTranslation("form.atMost", max)), name);
        }

        /** Start and end pickers in venue time, kept within the mission's days, with the end after the start. */
        void times(DateTimePicker start, DateTimePicker end, MissionSummary mission) {
            DatePickers.localize(start);
            DatePickers.localize(end);
            start.setStep(Duration.ofMinutes(15));
            end.setStep(Duration.ofMinutes(15));
            start.setMin(mission.startDate().atStartOfDay());
            start.setMax(mission.endDate().atTime(LocalTime.of(23, 45)));
            end.setMin(mission.startDate().atStartOfDay());
            end.setMax(mission.endDate().atTime(LocalTime.of(23, 59)));
            start.setHelperText(getTranslation("form.venueTimeIn", mission.city(), mission.zone().getId()));
            start.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null
                        && (end.getValue() == null || !end.getValue().isAfter(change.getValue()))) {
                    end.setValue(change.getValue().plusHours(1));
                }
            });
            bind(field("start", start).asRequired(getTranslation("form.required")), "start");
            bind(field("end", end).asRequired(getTranslation("form.required"))
                    .withValidator(value -> start.getValue() == null || ((LocalDateTime) value)
                            .isAfter(start.getValue()), getTranslation("form.endAfterStart")), "end");
        }
    }

    static Form schedule(MissionSummary mission, List<OrganizationCard> organizations) {
        return new Form() {
            {
                var kind = new Select<EngagementKind>();
                kind.setLabel(getTranslation("engagement.kind"));
                kind.setItems(EngagementKind.values());
                kind.setItemLabelGenerator(k -> getTranslation("kind." + k.name()));
                bind(field("kind", kind).asRequired(getTranslation("form.required")), "kind");
                limitText(field("title", new TextField(getTranslation("engagement.title"))), "title", Check.TITLE_MAX,
                        true);
                limitText(field("venue", new TextField(getTranslation("engagement.venue"))), "venue", Check.NAME_MAX,
                        false);
                times(new DateTimePicker(getTranslation("form.startsVenue")),
                        new DateTimePicker(getTranslation("form.endsVenue")), mission);
                bind(field("counterparts", organizationPicker(getTranslation("engagement.counterparts"),
                        organizations)), "counterparts");
                var themes = new TextField(getTranslation("engagement.themes"));
                themes.setHelperText(getTranslation("form.commaSeparated"));
                bind(field("themes", themes), "themes");
                var draft = new Draft();
                draft.set("kind", EngagementKind.MEETING);
                draft.set("start", mission.startDate().atTime(10, 0));
                draft.set("end", mission.startDate().atTime(11, 0));
                binder.readBean(draft);
            }

            @Override
            Object build(Draft draft) {
                return new ScheduleEngagement(mission.missionId(), EngagementId.random(), draft.get("kind"),
                        draft.get("title"), draft.get("venue"), draft.get("start"), draft.get("end"),
                        Form.<OrganizationCard>list(draft.get("counterparts")).stream()
                                .map(OrganizationCard::organizationId).toList(),
                        themes(draft.get("themes")));
            }
        };
    }

    static Form reschedule(MissionSummary mission, EngagementSummary engagement) {
        return new Form() {
            {
                times(new DateTimePicker(getTranslation("form.startsVenue")),
                        new DateTimePicker(getTranslation("form.endsVenue")), mission);
                var draft = new Draft();
                draft.set("start", engagement.venueStart().toLocalDateTime());
                draft.set("end", engagement.venueEnd().toLocalDateTime());
                binder.readBean(draft);
            }

            @Override
            Object build(Draft draft) {
                return new RescheduleEngagement(engagement.missionId(), engagement.engagementId(), draft.get("start"),
                        draft.get("end"));
            }
        };
    }

    static Form cancel(EngagementSummary engagement) {
        return textForm("reason", "engagement.cancelReason", Check.REASON_MAX, true,
                reason -> new CancelEngagement(engagement.missionId(), engagement.engagementId(), reason));
    }

    static Form markHeld(EngagementSummary engagement) {
        return textForm("minutes", "engagement.minutes", Check.LONG_TEXT_MAX, true,
                minutes -> new MarkEngagementHeld(engagement.missionId(), engagement.engagementId(), minutes));
    }

    private static Form textForm(String name, String label, int max, boolean required,
            Function<String, Object> command) {
        return new Form() {
            {
                var area = new TextArea(getTranslation(label));
                area.setMinHeight("8em");
                limitText(field(name, area), name, max, required);
                binder.readBean(new Draft());
            }

            @Override
            Object build(Draft draft) {
                return command.apply(draft.get(name));
            }
        };
    }

    static Form attendance(EngagementSummary engagement, List<ContactCard> contacts,
            List<OrganizationCard> organizations) {
        return new Form() {
            {
                var people = new MultiSelectComboBox<ContactCard>(getTranslation("engagement.participants"));
                people.setItems(contacts);
                people.setItemLabelGenerator(c -> c.fullName() + " · " + c.organizationName());
                bind(field("participants", people), "participants");
                bind(field("organizationsPresent", organizationPicker(getTranslation("engagement.present"),
                        organizations)), "organizationsPresent");
                var draft = new Draft();
                draft.set("participants", contacts.stream()
                        .filter(c -> engagement.participants().contains(c.contactId()))
                        .collect(java.util.stream.Collectors.toSet()));
                draft.set("organizationsPresent", organizations.stream()
                        .filter(o -> engagement.organizationsPresent().contains(o.organizationId()))
                        .collect(java.util.stream.Collectors.toSet()));
                binder.readBean(draft);
            }

            @Override
            Object build(Draft draft) {
                return new RecordAttendance(engagement.missionId(), engagement.engagementId(),
                        Form.<ContactCard>list(draft.get("participants")).stream().map(ContactCard::contactId)
                                .toList(),
                        Form.<OrganizationCard>list(draft.get("organizationsPresent")).stream()
                                .map(OrganizationCard::organizationId).toList());
            }
        };
    }

    static Form outcome(EngagementSummary engagement, List<OrganizationCard> organizations) {
        return new Form() {
            {
                var kind = new Select<OutcomeKind>();
                kind.setLabel(getTranslation("outcome.kind"));
                kind.setItems(OutcomeKind.values());
                kind.setItemLabelGenerator(k -> getTranslation("outcome." + k.name()));
                bind(field("kind", kind).asRequired(getTranslation("form.required")), "kind");
                var description = new TextArea(getTranslation("outcome.description"));
                description.setMinHeight("6em");
                limitText(field("description", description), "description", Check.TEXT_MAX, true);
                bind(field("counterparts", organizationPicker(getTranslation("engagement.counterparts"),
                        organizations)), "counterparts");
                var themes = new TextField(getTranslation("engagement.themes"));
                themes.setHelperText(getTranslation("form.commaSeparated"));
                bind(field("themes", themes), "themes");
                var amount = new BigDecimalField(getTranslation("outcome.expectedValue"));
                bind(field("amount", amount).withValidator(value -> value == null
                        || ((BigDecimal) value).signum() >= 0, getTranslation("form.notNegative")), "amount");
                var currency = new TextField(getTranslation("outcome.currency"));
                currency.setMaxLength(3);
                bind(field("currency", currency).withValidator(value -> amount.getValue() == null
                        || (value != null && ((String) value).strip().length() == 3),
                        getTranslation("form.currency")), "currency");
                var draft = new Draft();
                draft.set("kind", OutcomeKind.COLLABORATION_OPPORTUNITY);
                draft.set("counterparts", organizations.stream()
                        .filter(o -> engagement.counterparts().contains(o.organizationId()))
                        .collect(java.util.stream.Collectors.toSet()));
                draft.set("themes", String.join(", ", engagement.themes()));
                draft.set("currency", "EUR");
                binder.readBean(draft);
            }

            @Override
            Object build(Draft draft) {
                BigDecimal amount = draft.get("amount");
                return new LogOutcome(engagement.missionId(), engagement.engagementId(), OutcomeId.random(),
                        draft.get("kind"), draft.get("description"),
                        Form.<OrganizationCard>list(draft.get("counterparts")).stream()
                                .map(OrganizationCard::organizationId).toList(),
                        themes(draft.get("themes")), amount == null ? null : new Money(amount, draft.get("currency")));
            }
        };
    }

    private static MultiSelectComboBox<OrganizationCard> organizationPicker(String label,
            List<OrganizationCard> organizations) {
        var picker = new MultiSelectComboBox<OrganizationCard>(label);
        picker.setItems(organizations);
        // Native-script names are searchable and shown beside the Latin ones: 复旦大学 finds Fudan.
        picker.setItemLabelGenerator(o -> o.nativeName() == null ? o.name() : o.name() + " (" + o.nativeName() + ")");
        return picker;
    }

}
