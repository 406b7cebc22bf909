package app.ponte.webhook;

import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sends to the endpoint again, starting with what waited while it was disabled. */
public record EnableWebhookEndpoint(@TargetAggregateIdentifier WebhookEndpointId endpointId) {

    public EnableWebhookEndpoint {
        Check.present("endpointId", endpointId);
    }
}
