package app.ponte.webhook;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.program.ProgramId;
import app.ponte.shared.InvalidField;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookEndpointTest {

    private static final WebhookEndpointId PORTAL = WebhookEndpointId.of("00000000-0000-0000-0000-0000000000e1");
    private static final ProgramId PROGRAM = ProgramId.of("00000000-0000-0000-0000-000000000001");
    private static final String URL = "https://portal.example.org/ponte";
    private static final WebhookEndpointRegistered REGISTERED = new WebhookEndpointRegistered(PORTAL,
            "Ministry portal", URL, List.of("EngagementScheduled"), List.of(PROGRAM), false, 1);

    private FixtureConfiguration<WebhookEndpoint> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WebhookEndpoint.class);
    }

    @Test
    void registersAnEndpointWithItsTypesSortedAndWithoutDuplicates() {
        fixture.givenNoPriorActivity()
                .when(new RegisterWebhookEndpoint(PORTAL, " Ministry portal ", URL,
                        List.of("EngagementScheduled", "EngagementScheduled"), List.of(PROGRAM, PROGRAM), false, 1))
                .expectEvents(REGISTERED);
    }

    @Test
    void cannotRegisterTheSameEndpointTwice() {
        fixture.given(REGISTERED)
                .when(new RegisterWebhookEndpoint(PORTAL, "Again", URL, List.of("ContactAdded"), List.of(), true, 1))
                .expectException(WebhookEndpointAlreadyRegistered.class);
    }

    @Test
    void rotatesTheSecretToTheNextVersionOnly() {
        fixture.given(REGISTERED).when(new RotateWebhookSecret(PORTAL, 2))
                .expectEvents(new WebhookSecretRotated(PORTAL, 2));
        fixture.given(REGISTERED, new WebhookSecretRotated(PORTAL, 2)).when(new RotateWebhookSecret(PORTAL, 2))
                .expectException(SecretVersionOutOfTurn.class);
    }

    @Test
    void disablingTwiceRecordsItOnce() {
        fixture.given(REGISTERED).when(new DisableWebhookEndpoint(PORTAL, "failing since Monday"))
                .expectEvents(new WebhookEndpointDisabled(PORTAL, "failing since Monday"));
        fixture.given(REGISTERED, new WebhookEndpointDisabled(PORTAL, "x"))
                .when(new DisableWebhookEndpoint(PORTAL, "again")).expectNoEvents();
    }

    @Test
    void enablingADisabledEndpointSendsToItAgain() {
        fixture.given(REGISTERED, new WebhookEndpointDisabled(PORTAL, "x")).when(new EnableWebhookEndpoint(PORTAL))
                .expectEvents(new WebhookEndpointEnabled(PORTAL));
        fixture.given(REGISTERED).when(new EnableWebhookEndpoint(PORTAL)).expectNoEvents();
    }

    @Test
    void refusesAddressesThatAreNotHttpNamingTheField() {
        for (var bad : List.of("ftp://portal.example.org/", "file:///etc/passwd", "portal.example.org",
                "https://user:pw@portal.example.org/", "javascript:alert(1)", " ")) {
            assertThatThrownBy(() -> new RegisterWebhookEndpoint(PORTAL, "x", bad, List.of("ContactAdded"),
                    List.of(), false, 1))
                    .as(bad).isInstanceOfSatisfying(InvalidField.class, e -> org.assertj.core.api.Assertions
                            .assertThat(e.field()).isEqualTo("url"));
        }
    }

    @Test
    void refusesAnEmptyListOfEventTypes() {
        assertThatThrownBy(() -> new RegisterWebhookEndpoint(PORTAL, "x", URL, List.of(), List.of(), false, 1))
                .isInstanceOfSatisfying(InvalidField.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.field()).isEqualTo("eventTypes"));
    }
}
