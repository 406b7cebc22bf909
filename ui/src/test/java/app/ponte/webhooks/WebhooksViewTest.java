package app.ponte.webhooks;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.security.AccessDenied;
import app.ponte.security.Role;
import app.ponte.security.UiSignIn;
import app.ponte.security.UserDirectory;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The webhook screen: register with the secret shown once, the delivery log, the test event; EN and IT. */
@SpringBootTest(properties = {"ponte.demo.enabled=false", "ponte.webhooks.poll=50ms",
        "ponte.webhooks.allow-private-addresses=true"})
class WebhooksViewTest {

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

    private void open(Locale language) {
        UiSignIn.as(context, "administrator");
        var routes = new Routes(Set.of(WebhooksView.class), Set.of(), true);
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        UI.getCurrent().setLocale(language);
        UI.getCurrent().navigate(WebhooksView.class);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
        UiSignIn.out();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorRegistersAnEndpointSeesItsSecretOnceAndSendsATestEvent() throws Exception {
        try (var receiver = new WebhookReceiver()) {
            open(Locale.ENGLISH);
            _setValue(_get(TextField.class, spec -> spec.withId("webhook-name")), "Ministry portal");
            // A URL that is not http(s) is refused on its field, and nothing is registered.
            _setValue(_get(TextField.class, spec -> spec.withId("webhook-url")), "ftp://portal.example.org/");
            MultiSelectComboBox<String> types = _get(MultiSelectComboBox.class,
                    spec -> spec.withId("webhook-event-types"));
            types.setValue(Set.of("ProgramLaunched"));
            _click(_get(Button.class, spec -> spec.withId("webhook-register")));
            var url = _get(TextField.class, spec -> spec.withId("webhook-url"));
            assertThat(url.isInvalid()).isTrue();
            assertThat(url.getErrorMessage()).isEqualTo("url must be an http or https URL");
            assertThat(context.getBean(WebhookStore.class).endpoints()).isEmpty();

            _setValue(url, receiver.url("/view"));
            _click(_get(Button.class, spec -> spec.withId("webhook-register")));
            var shown = _get(TextField.class, spec -> spec.withId("webhook-secret")).getValue();
            assertThat(shown).startsWith("whsec_");
            _click(_get(Button.class, spec -> spec.withId("webhook-secret-done")));
            var issued = new IssuedSecret(context.getBean(WebhookStore.class).endpoints().get(0), shown);
            _click(_get(Button.class, spec -> spec.withId("webhooks-refresh")));

            Grid<WebhookEndpointView> endpoints = _get(Grid.class, spec -> spec.withId("webhook-endpoints"));
            assertThat(GridKt._fetch(endpoints, 0, 10)).extracting(WebhookEndpointView::name)
                    .containsExactly("Ministry portal");
            assertThat(GridKt._getFormattedRow(endpoints, 0)).doesNotContain(issued.secret()).contains("Enabled");
            endpoints.select(GridKt._get(endpoints, 0));
            _click(button(endpoints, "webhook-test-" + issued.endpoint().endpointId()));

            var until = Instant.now().plus(Duration.ofSeconds(20));
            while (receiver.received("/view").isEmpty()) {
                assertThat(Instant.now()).as("the test event").isBefore(until);
                Thread.sleep(25);
            }
            NodeVerifier.assertAllValid(receiver.received("/view"), issued.secret());
            Thread.sleep(200);
            _click(_get(Button.class, spec -> spec.withId("webhooks-refresh")));
            Grid<Delivery> log = _get(Grid.class, spec -> spec.withId("webhook-deliveries"));
            assertThat(GridKt._size(log)).isEqualTo(1);
            assertThat(GridKt._getFormattedRow(log, 0)).contains("webhook.test", "DELIVERED", "200");

            endpoints = _get(Grid.class, spec -> spec.withId("webhook-endpoints"));
            _click(button(endpoints, "webhook-rotate-" + issued.endpoint().endpointId()));
            var secret = _get(TextField.class, spec -> spec.withId("webhook-secret"));
            assertThat(secret.getValue()).startsWith("whsec_").isNotEqualTo(issued.secret());
        }
    }

    private static Button button(Grid<WebhookEndpointView> endpoints, String id) {
        var actions = GridKt._getCellComponent(endpoints, 0, "actions");
        return actions.getChildren().filter(c -> c.getId().orElse("").equals(id)).map(Button.class::cast)
                .findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theScreenSpeaksItalian() {
        open(Locale.ITALIAN);
        assertThat(_get(H2.class).getText()).isEqualTo("Webhook");
        assertThat(_get(Button.class, spec -> spec.withId("webhook-register")).getText())
                .isEqualTo("Registra endpoint");
        Grid<Delivery> log = _get(Grid.class, spec -> spec.withId("webhook-deliveries"));
        assertThat(log.getColumns().stream().map(Grid.Column::getHeaderText).toList())
                .contains("Tentativi", "Risposta", "Stato");
    }

    @Test
    void anyoneButAnAdministratorIsRefused() {
        var users = context.getBean(UserDirectory.class);
        if (users.byUsername("officer.only").isEmpty()) {
            users.create("officer.only", "an officer's password", Role.PROGRAM_OFFICER, List.of());
        }
        UiSignIn.as(context, "officer.only");
        assertThatThrownBy(() -> context.getBean(WebhookAdministration.class).list())
                .isInstanceOf(AccessDenied.class);
    }
}
