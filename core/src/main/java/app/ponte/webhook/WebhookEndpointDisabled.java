package app.ponte.webhook;

public record WebhookEndpointDisabled(WebhookEndpointId endpointId, String reason) implements WebhookEndpointEvent {
}
