package app.ponte.webhook;

import app.ponte.shared.DomainException;

public class WebhookEndpointAlreadyRegistered extends DomainException {

    public WebhookEndpointAlreadyRegistered(WebhookEndpointId endpointId) {
        super("A webhook endpoint with id " + endpointId + " is already registered.");
    }
}
