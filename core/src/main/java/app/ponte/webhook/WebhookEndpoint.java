package app.ponte.webhook;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/** A webhook endpoint: registered once, its secret rotated in turn, disabled and enabled again. */
public class WebhookEndpoint {

    @AggregateIdentifier
    private WebhookEndpointId endpointId;
    private int secretVersion;
    private boolean enabled;

    protected WebhookEndpoint() {
        // for Axon to rebuild the endpoint from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterWebhookEndpoint command) {
        if (endpointId != null) {
            throw new WebhookEndpointAlreadyRegistered(command.endpointId());
        }
        apply(new WebhookEndpointRegistered(command.endpointId(), command.name(), command.url(),
                command.eventTypes(), command.programs(), command.personalData(), command.secretVersion()));
    }

    @CommandHandler
    void handle(RotateWebhookSecret command) {
        if (command.secretVersion() != secretVersion + 1) {
            throw new SecretVersionOutOfTurn(secretVersion, command.secretVersion());
        }
        apply(new WebhookSecretRotated(endpointId, command.secretVersion()));
    }

    /* Disabling a disabled endpoint changes nothing: two nodes may give up on it at the same moment. */
    @CommandHandler
    void handle(DisableWebhookEndpoint command) {
        if (enabled) {
            apply(new WebhookEndpointDisabled(endpointId, command.reason()));
        }
    }

    @CommandHandler
    void handle(EnableWebhookEndpoint command) {
        if (!enabled) {
            apply(new WebhookEndpointEnabled(endpointId));
        }
    }

    @EventSourcingHandler
    void on(WebhookEndpointRegistered event) {
        endpointId = event.endpointId();
        secretVersion = event.secretVersion();
        enabled = true;
    }

    @EventSourcingHandler
    void on(WebhookSecretRotated event) {
        secretVersion = event.secretVersion();
    }

    @EventSourcingHandler
    void on(WebhookEndpointDisabled event) {
        enabled = false;
    }

    @EventSourcingHandler
    void on(WebhookEndpointEnabled event) {
        enabled = true;
    }
}
