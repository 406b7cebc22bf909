package app.ponte.webhook;

import app.ponte.shared.Check;
import app.ponte.shared.InvalidField;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** From now on the secret numbered {@code secretVersion}, the one after the current, signs what is sent. */
public record RotateWebhookSecret(@TargetAggregateIdentifier WebhookEndpointId endpointId, int secretVersion) {

    public RotateWebhookSecret {
        Check.present("endpointId", endpointId);
        if (secretVersion < 2) {
            throw new InvalidField("secretVersion", "must be 2 or more: version 1 is the first secret");
        }
    }
}
