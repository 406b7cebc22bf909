package app.ponte.webhooks;

import app.ponte.program.ProgramId;
import app.ponte.security.AccessDenied;
import app.ponte.security.CurrentCaller;
import app.ponte.security.Role;
import app.ponte.security.UnknownRecord;
import app.ponte.shared.InvalidField;
import app.ponte.webhook.DisableWebhookEndpoint;
import app.ponte.webhook.EnableWebhookEndpoint;
import app.ponte.webhook.RegisterWebhookEndpoint;
import app.ponte.webhook.RotateWebhookSecret;
import app.ponte.webhook.WebhookEndpointEvent;
import app.ponte.webhook.WebhookEndpointId;
import app.ponte.webhook.WebhookUrl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;

/**
 * What administrators do with webhooks, from the screen and the API alike: register, rotate, disable, enable, send
 * a test event, read the delivery log. Everything here is for administrators only, checked at each call.
 */
public class WebhookAdministration {

    public static final String TEST_EVENT = "webhook.test";
    /** How long the read model may take to show a change just recorded. */
    private static final Duration SETTLE = Duration.ofSeconds(5);

    private final CommandGateway commands;
    private final CurrentCaller callers;
    private final WebhookStore store;
    private final WebhookSecrets secrets;
    private final AddressPolicy addresses;
    private final Clock clock;
    private final Set<String> eventTypes;

    /** @param storedEvents every stored event type; those of webhook endpoints themselves are left out */
    public WebhookAdministration(CommandGateway commands, CurrentCaller callers, WebhookStore store,
            WebhookSecrets secrets, AddressPolicy addresses, Clock clock, Collection<Class<?>> storedEvents) {
        this.commands = commands;
        this.callers = callers;
        this.store = store;
        this.secrets = secrets;
        this.addresses = addresses;
        this.clock = clock;
        var types = new TreeSet<String>();
        storedEvents.stream().filter(type -> !WebhookEndpointEvent.class.isAssignableFrom(type))
                .forEach(type -> types.add(type.getSimpleName()));
        this.eventTypes = Collections.unmodifiableSet(types);
    }

    /** The event types an endpoint may ask for: every stored domain event, by its simple name. */
    public Set<String> eventTypes() {
        return eventTypes;
    }

    /** A new endpoint, with its secret shown this once. */
    public IssuedSecret register(String name, String url, List<String> eventTypes, List<ProgramId> programs,
            boolean personalData) {
        administrator();
        var checkedUrl = WebhookUrl.check("url", url);
        var known = eventTypes();
        if (eventTypes == null || eventTypes.isEmpty()) {
            throw new InvalidField("eventTypes", "must name at least one event type, such as EngagementScheduled");
        }
        for (var type : eventTypes) {
            if (type == null || !known.contains(type)) {
                throw new InvalidField("eventTypes", "must name event types Ponte records, such as "
                        + "EngagementScheduled; " + type + " is not one");
            }
        }
        // Last: it asks the name service.
        addresses.check("url", checkedUrl);
        var id = WebhookEndpointId.random();
        var command = new RegisterWebhookEndpoint(id, name, checkedUrl, eventTypes,
                programs == null ? List.of() : programs, personalData, 1);
        var secret = secrets.create(id, 1);
        commands.sendAndWait(command);
        return new IssuedSecret(settled(id.toString(), e -> true), secret);
    }

    /** A new secret for the endpoint, shown this once; the old one stops signing at once. */
    public IssuedSecret rotate(String endpointId) {
        administrator();
        var endpoint = existing(endpointId);
        int next = endpoint.secretVersion() + 1;
        var id = WebhookEndpointId.of(endpoint.endpointId());
        var secret = secrets.create(id, next);
        commands.sendAndWait(new RotateWebhookSecret(id, next));
        return new IssuedSecret(settled(endpointId, e -> e.secretVersion() >= next), secret);
    }

    public WebhookEndpointView disable(String endpointId, String reason) {
        administrator();
        existing(endpointId);
        var why = reason == null || reason.isBlank() ? "Disabled by an administrator" : reason;
        commands.sendAndWait(new DisableWebhookEndpoint(WebhookEndpointId.of(endpointId), why));
        return settled(endpointId, e -> !e.enabled());
    }

    public WebhookEndpointView enable(String endpointId) {
        administrator();
        existing(endpointId);
        commands.sendAndWait(new EnableWebhookEndpoint(WebhookEndpointId.of(endpointId)));
        return settled(endpointId, WebhookEndpointView::enabled);
    }

    public List<WebhookEndpointView> list() {
        administrator();
        return store.endpoints();
    }

    public WebhookEndpointView get(String endpointId) {
        administrator();
        return existing(endpointId);
    }

    public List<Delivery> deliveries(String endpointId, int offset, int limit) {
        administrator();
        existing(endpointId);
        return store.deliveries(endpointId, offset, limit);
    }

    /** Queues a {@value #TEST_EVENT} delivery, sent like any other; its id is returned to find it in the log. */
    public Delivery sendTest(String endpointId) {
        administrator();
        var endpoint = existing(endpointId);
        if (!endpoint.enabled()) {
            throw new EndpointNotSending(endpoint.name());
        }
        var now = clock.instant();
        var deliveryId = "test:" + UUID.randomUUID();
        var data = "{\"endpointId\":\"" + endpointId + "\",\"message\":\"A test event from Ponte\"}";
        var delivery = new Document("_id", deliveryId)
                .append("webhookId", WebhookOutbox.webhookId(deliveryId))
                .append("endpointId", endpointId)
                .append("chain", endpointId + ":" + deliveryId)
                .append("recordId", deliveryId)
                .append("position", 0L)
                .append("type", TEST_EVENT)
                .append("eventTimestamp", Date.from(now))
                .append("data", data)
                .append("sealed", null)
                .append("contactId", null);
        store.insertOnce(WebhookDispatcher.pending(delivery, now));
        return WebhookStore.delivery(store.outbox.find(com.mongodb.client.model.Filters.eq("_id", deliveryId))
                .first());
    }

    private WebhookEndpointView existing(String endpointId) {
        try {
            UUID.fromString(endpointId);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnknownRecord("There is no webhook endpoint " + endpointId);
        }
        return store.endpoint(endpointId)
                .orElseThrow(() -> new UnknownRecord("There is no webhook endpoint " + endpointId));
    }

    /* The read model follows the event stream; an administrator's screen should show the change just made. */
    private WebhookEndpointView settled(String endpointId, java.util.function.Predicate<WebhookEndpointView> done) {
        var until = Instant.now().plus(SETTLE);
        while (true) {
            var found = store.endpoint(endpointId);
            if (found.isPresent() && done.test(found.get())) {
                return found.get();
            }
            if (Instant.now().isAfter(until)) {
                return found.orElseThrow(() -> new IllegalStateException(
                        "The webhook endpoint " + endpointId + " was recorded but is not listed yet"));
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the endpoint to be listed", e);
            }
        }
    }

    private void administrator() {
        var caller = callers.current().orElseThrow(() -> new AccessDenied("Sign in as an administrator"));
        if (caller.role() != Role.ADMINISTRATOR) {
            throw new AccessDenied("Only an administrator may manage webhooks");
        }
    }
}
