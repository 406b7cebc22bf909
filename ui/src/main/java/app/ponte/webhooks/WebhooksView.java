package app.ponte.webhooks;

import app.ponte.dashboard.ProgramSummary;
import app.ponte.layout.MainLayout;
import app.ponte.program.ProgramId;
import app.ponte.shared.DomainException;
import app.ponte.shared.InvalidField;
import app.ponte.wall.WallFacade;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where an administrator registers webhook endpoints, rotates their secrets, disables and enables them, sends a test
 * event, and reads each endpoint's delivery log. A secret is shown once, in a dialog. Administrators only; each
 * action checks the role again through {@link WebhookAdministration}.
 */
@Route(value = "admin/webhooks", layout = MainLayout.class)
@RolesAllowed("ADMINISTRATOR")
class WebhooksView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final WebhookAdministration webhooks;
    private final WallFacade programs;
    private final TextField name = new TextField();
    private final TextField url = new TextField();
    private final MultiSelectComboBox<String> eventTypes = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<ProgramSummary> programChoice = new MultiSelectComboBox<>();
    private final Checkbox personalData = new Checkbox();
    private final Grid<WebhookEndpointView> endpoints = new Grid<>();
    private final Grid<Delivery> deliveries = new Grid<>();
    private final H3 logTitle = new H3();
    private Map<String, String> programNames = Map.of();
    private WebhookEndpointView selected;

    WebhooksView(WebhookAdministration webhooks, WallFacade programs) {
        this.webhooks = webhooks;
        this.programs = programs;
        setSizeFull();
        add(new H2(getTranslation("webhooks.title")), new Paragraph(getTranslation("webhooks.intro")));
        add(configureForm());
        configureEndpoints();
        configureDeliveries();
        logTitle.setText(getTranslation("webhooks.log.none"));
        var refresh = new Button(getTranslation("webhooks.refresh"), click -> refresh());
        refresh.setId("webhooks-refresh");
        add(endpoints, new HorizontalLayout(logTitle, refresh), deliveries);
        setFlexGrow(1, endpoints, deliveries);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("webhooks.title") + " · Ponte";
    }

    private HorizontalLayout configureForm() {
        name.setLabel(getTranslation("webhooks.name"));
        name.setId("webhook-name");
        url.setLabel(getTranslation("webhooks.url"));
        url.setId("webhook-url");
        url.setWidth("24em");
        url.setPlaceholder("https://portal.example.org/ponte");
        eventTypes.setLabel(getTranslation("webhooks.eventTypes"));
        eventTypes.setId("webhook-event-types");
        eventTypes.setItems(webhooks.eventTypes());
        eventTypes.setWidth("22em");
        programChoice.setLabel(getTranslation("webhooks.programs"));
        programChoice.setId("webhook-programs");
        programChoice.setItemLabelGenerator(ProgramSummary::name);
        programChoice.setPlaceholder(getTranslation("webhooks.everyProgram"));
        programChoice.setWidth("18em");
        personalData.setLabel(getTranslation("webhooks.personalData"));
        personalData.setId("webhook-personal-data");
        var register = new Button(getTranslation("webhooks.register"), click -> register());
        register.setId("webhook-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(name, url, eventTypes, programChoice, personalData, register);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void configureEndpoints() {
        endpoints.setId("webhook-endpoints");
        endpoints.addColumn(WebhookEndpointView::name).setHeader(getTranslation("webhooks.name")).setFlexGrow(1);
        endpoints.addColumn(WebhookEndpointView::url).setHeader(getTranslation("webhooks.url")).setFlexGrow(2);
        endpoints.addColumn(e -> String.join(", ", e.eventTypes())).setHeader(getTranslation("webhooks.eventTypes"))
                .setFlexGrow(2);
        endpoints.addColumn(e -> e.programs().isEmpty() ? getTranslation("webhooks.everyProgram")
                : e.programs().stream().map(p -> programNames.getOrDefault(p, p)).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("webhooks.programs")).setFlexGrow(1);
        endpoints.addColumn(e -> e.enabled() ? getTranslation("webhooks.enabled")
                : getTranslation("webhooks.disabled") + (e.notice() == null ? "" : ": " + e.notice()))
                .setHeader(getTranslation("webhooks.status")).setFlexGrow(2);
        endpoints.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        endpoints.setEmptyStateText(getTranslation("webhooks.empty"));
        endpoints.addSelectionListener(selection -> {
            selected = selection.getFirstSelectedItem().orElse(null);
            showLog();
        });
    }

    private HorizontalLayout actions(WebhookEndpointView endpoint) {
        var test = new Button(getTranslation("webhooks.sendTest"), click -> act(() -> {
            webhooks.sendTest(endpoint.endpointId());
            Notification.show(getTranslation("webhooks.testQueued"));
        }));
        test.setId("webhook-test-" + endpoint.endpointId());
        test.setEnabled(endpoint.enabled());
        var rotate = new Button(getTranslation("webhooks.rotate"),
                click -> act(() -> showOnce(webhooks.rotate(endpoint.endpointId()))));
        rotate.setId("webhook-rotate-" + endpoint.endpointId());
        var toggle = endpoint.enabled()
                ? new Button(getTranslation("webhooks.disable"), click -> act(() -> webhooks.disable(
                        endpoint.endpointId(), getTranslation("webhooks.disabledByAdministrator"))))
                : new Button(getTranslation("webhooks.enable"), click -> act(() ->
                        webhooks.enable(endpoint.endpointId())));
        toggle.setId("webhook-toggle-" + endpoint.endpointId());
        for (var button : new Button[] {test, rotate, toggle}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(test, rotate, toggle);
    }

    private void configureDeliveries() {
        deliveries.setId("webhook-deliveries");
        deliveries.addColumn(d -> when(d.createdAt())).setHeader(getTranslation("webhooks.log.at")).setAutoWidth(true);
        deliveries.addColumn(Delivery::type).setHeader(getTranslation("webhooks.log.type")).setFlexGrow(1);
        deliveries.addColumn(Delivery::status).setHeader(getTranslation("webhooks.status")).setAutoWidth(true);
        deliveries.addColumn(Delivery::attempts).setHeader(getTranslation("webhooks.log.attempts"))
                .setAutoWidth(true);
        deliveries.addColumn(d -> d.lastStatusCode() == null ? "—" : d.lastStatusCode().toString())
                .setHeader(getTranslation("webhooks.log.response")).setAutoWidth(true);
        deliveries.addColumn(d -> d.lastError() == null ? "" : d.lastError())
                .setHeader(getTranslation("webhooks.log.error")).setFlexGrow(2);
        deliveries.addColumn(d -> Delivery.PENDING.equals(d.status()) ? when(d.nextAttemptAt()) : "")
                .setHeader(getTranslation("webhooks.log.next")).setAutoWidth(true);
        deliveries.addColumn(Delivery::webhookId).setHeader("webhook-id").setAutoWidth(true);
        deliveries.setEmptyStateText(getTranslation("webhooks.log.empty"));
    }

    private static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(java.time.ZoneOffset.UTC)) + " UTC";
    }

    private void register() {
        for (HasValidation field : new HasValidation[] {name, url, eventTypes}) {
            field.setInvalid(false);
        }
        try {
            var chosen = new ArrayList<ProgramId>();
            programChoice.getValue().forEach(p -> chosen.add(p.programId()));
            var issued = webhooks.register(name.getValue(), url.getValue(), new ArrayList<>(eventTypes.getValue()),
                    chosen, personalData.getValue());
            showOnce(issued);
            name.clear();
            url.clear();
            eventTypes.clear();
            programChoice.clear();
            personalData.clear();
            refresh();
        } catch (InvalidField invalid) {
            HasValidation field = switch (invalid.field()) {
                case "url" -> url;
                case "eventTypes" -> eventTypes;
                default -> name;
            };
            field.setErrorMessage(invalid.field() + " " + invalid.rule());
            field.setInvalid(true);
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (DomainException refused) {
            Notification.show(refused.getMessage());
        }
        refresh();
    }

    private void showOnce(IssuedSecret issued) {
        var secret = new TextField(getTranslation("webhooks.secret"));
        secret.setId("webhook-secret");
        secret.setValue(issued.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("webhooks.secretTitle", issued.endpoint().name()));
        dialog.add(new Paragraph(getTranslation("webhooks.secretOnce")), secret);
        dialog.setWidth("44em");
        var close = new Button(getTranslation("webhooks.done"), click -> dialog.close());
        close.setId("webhook-secret-done");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void refresh() {
        var all = programs.everyProgram();
        programNames = all.stream().collect(Collectors.toMap(p -> p.programId().toString(), ProgramSummary::name,
                (a, b) -> a));
        programChoice.setItems(all);
        var list = webhooks.list();
        // Setting the items clears the selection (and the listener forgets it): keep the id to select it again.
        var keep = selected == null ? null : selected.endpointId();
        endpoints.setItems(list);
        selected = list.stream().filter(e -> e.endpointId().equals(keep)).findFirst().orElse(null);
        if (selected != null) {
            endpoints.select(selected);
        }
        showLog();
    }

    private void showLog() {
        if (selected == null) {
            logTitle.setText(getTranslation("webhooks.log.none"));
            deliveries.setItems(new ArrayList<>());
            return;
        }
        logTitle.setText(getTranslation("webhooks.log.title", selected.name()));
        deliveries.setItems(webhooks.deliveries(selected.endpointId(), 0, 200));
    }
}
