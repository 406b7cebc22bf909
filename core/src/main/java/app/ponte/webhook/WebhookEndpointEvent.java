package app.ponte.webhook;

/** Everything that can happen to a webhook endpoint. None carries its secret. */
public sealed interface WebhookEndpointEvent permits WebhookEndpointRegistered, WebhookSecretRotated,
        WebhookEndpointDisabled, WebhookEndpointEnabled {

    WebhookEndpointId endpointId();
}
