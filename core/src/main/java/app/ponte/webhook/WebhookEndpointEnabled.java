package app.ponte.webhook;

public record WebhookEndpointEnabled(WebhookEndpointId endpointId) implements WebhookEndpointEvent {
}
