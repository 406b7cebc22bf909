package app.ponte.webhooks;

import app.ponte.shared.DomainException;

/** A test event was asked of a disabled endpoint, which would hold it until enabled again. */
public class EndpointNotSending extends DomainException {

    public EndpointNotSending(String name) {
        super("The webhook endpoint " + name + " is disabled; enable it before sending a test event.");
    }
}
