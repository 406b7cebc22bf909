package app.ponte.webhook;

import java.util.Objects;
import java.util.UUID;

/** Identifies one registered webhook endpoint. */
public record WebhookEndpointId(UUID value) {

    public WebhookEndpointId {
        Objects.requireNonNull(value, "WebhookEndpointId needs a value");
    }

    public static WebhookEndpointId random() {
        return new WebhookEndpointId(UUID.randomUUID());
    }

    public static WebhookEndpointId of(String text) {
        return new WebhookEndpointId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
