package app.ponte.webhooks;

/** An endpoint with the secret that now signs its deliveries, shown this once. */
public record IssuedSecret(WebhookEndpointView endpoint, String secret) {

    @Override
    public String toString() {
        return "IssuedSecret[" + endpoint.endpointId() + ", secret redacted]";
    }
}
