package app.ponte.webhook;

import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stops sending to the endpoint; {@code reason} is the notice shown beside it (an administrator's, or the sender's). */
public record DisableWebhookEndpoint(@TargetAggregateIdentifier WebhookEndpointId endpointId, String reason) {

    public DisableWebhookEndpoint {
        Check.present("endpointId", endpointId);
        reason = Check.text("reason", reason, Check.REASON_MAX);
    }
}
