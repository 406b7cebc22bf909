package app.ponte.webhook;

public record WebhookSecretRotated(WebhookEndpointId endpointId, int secretVersion) implements WebhookEndpointEvent {
}
