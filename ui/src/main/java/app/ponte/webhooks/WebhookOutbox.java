package app.ponte.webhooks;

import app.ponte.webhook.WebhookEndpointDisabled;
import app.ponte.webhook.WebhookEndpointEnabled;
import app.ponte.webhook.WebhookEndpointEvent;
import app.ponte.webhook.WebhookEndpointRegistered;
import app.ponte.webhook.WebhookSecretRotated;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Feeds the outbox from the event stream: for every event, one delivery per endpoint that asked for its type and
 * program. It also keeps the endpoints' read model, in the same processor and so in the same order as the events,
 * which makes an endpoint receive exactly the events recorded after its registration, on a replay too. It runs in a
 * processor of one segment for that reason (a segment per aggregate would put the registration and the events it
 * selects on different threads).
 *
 * <p>A delivery's {@code _id} is the event's identifier and the endpoint's, so a replay, or a second node handling
 * the same event after a lost claim, inserts nothing new. Contacts' personal data stays sealed in the outbox (the
 * event's own ciphertext): it is opened only when sending, so an erasure before then leaves nothing to send.
 */
public class WebhookOutbox implements EventMessageHandler {

    public static final String PROCESSING_GROUP = "webhook-outbox";
    /** Organizations and contacts belong to no program: every endpoint asking for their types gets them. */
    static final Set<String> SHARED_RECORDS = Set.of("Organization", "Contact");

    private static final ObjectMapper JSON = WebhookJson.MAPPER;
    private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {};

    private final WebhookStore store;

    public WebhookOutbox(WebhookStore store) {
        this.store = store;
    }

    @Override
    public Object handle(EventMessage<?> event) throws JsonProcessingException {
        var payload = event.getPayload();
        if (payload instanceof WebhookEndpointEvent change) {
            apply(change, event);
            return null;
        }
        var type = payload.getClass().getSimpleName();
        var aggregateType = event instanceof DomainEventMessage<?> domain ? domain.getType() : null;
        var recordId = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier()
                : event.getIdentifier();
        Map<String, Object> data = new LinkedHashMap<>();
        var sealed = new Document();
        JSON.convertValue(payload, FIELDS).forEach((name, value) -> {
            var flat = flatten(value);
            if (flat instanceof Map<?, ?> map && map.containsKey("keyId") && map.containsKey("ciphertext")) {
                sealed.append(name, new Document("keyId", map.get("keyId")).append("ciphertext", map.get("ciphertext")));
            } else {
                data.put(name, flat);
            }
        });
        var programId = data.get("programId") instanceof String text ? text : null;
        // Events outside any aggregate have no type; Set.of(...).contains(null) would throw.
        boolean shared = aggregateType != null && SHARED_RECORDS.contains(aggregateType);
        long position = event instanceof TrackedEventMessage<?> tracked
                ? tracked.trackingToken().position().orElse(0L) : 0L;
        var dataJson = JSON.writeValueAsString(data);
        for (var endpoint : store.endpoints()) {
            if (!endpoint.eventTypes().contains(type)) {
                continue;
            }
            if (!shared && !endpoint.programs().isEmpty()
                    && (programId == null || !endpoint.programs().contains(programId))) {
                continue;
            }
            var deliveryId = event.getIdentifier() + ":" + endpoint.endpointId();
            var delivery = new Document("_id", deliveryId)
                    .append("webhookId", webhookId(deliveryId))
                    .append("endpointId", endpoint.endpointId())
                    .append("chain", endpoint.endpointId() + ":" + recordId)
                    .append("recordId", recordId)
                    .append("position", position)
                    .append("type", type)
                    .append("eventTimestamp", Date.from(event.getTimestamp()))
                    .append("data", dataJson)
                    .append("sealed", sealed.isEmpty() ? null : sealed)
                    .append("contactId", data.get("contactId") instanceof String text ? text : null);
            store.insertOnce(WebhookDispatcher.pending(delivery, event.getTimestamp()));
        }
        return null;
    }

    private void apply(WebhookEndpointEvent change, EventMessage<?> event) {
        var id = change.endpointId().toString();
        var at = Date.from(event.getTimestamp());
        Bson update;
        if (change instanceof WebhookEndpointRegistered registered) {
            update = Updates.combine(
                    Updates.set("name", registered.name()),
                    Updates.set("url", registered.url()),
                    Updates.set("eventTypes", registered.eventTypes()),
                    Updates.set("programs", registered.programs().stream().map(Object::toString).toList()),
                    Updates.set("personalData", registered.personalData()),
                    Updates.set("secretVersion", registered.secretVersion()),
                    Updates.set("enabled", true),
                    Updates.set("notice", null),
                    Updates.set("noticeAt", null),
                    Updates.set("registeredAt", at));
        } else if (change instanceof WebhookSecretRotated rotated) {
            update = Updates.set("secretVersion", rotated.secretVersion());
        } else if (change instanceof WebhookEndpointDisabled disabled) {
            update = Updates.combine(Updates.set("enabled", false), Updates.set("notice", disabled.reason()),
                    Updates.set("noticeAt", at));
        } else if (change instanceof WebhookEndpointEnabled) {
            // Enabled again: the failures so far are forgiven, or the next one would disable it at once.
            update = Updates.combine(Updates.set("enabled", true), Updates.set("consecutiveFailures", 0));
        } else {
            throw new IllegalStateException("Unknown webhook endpoint event " + change);
        }
        store.endpoints.updateOne(Filters.eq("_id", id), update, new UpdateOptions().upsert(true));
    }

    /** The Standard Webhooks message id: the same for every attempt, and for the same event and endpoint anywhere. */
    static String webhookId(String deliveryId) {
        return "msg_" + UUID.nameUUIDFromBytes(deliveryId.getBytes(StandardCharsets.UTF_8)).toString()
                .replace("-", "");
    }

    private static Object flatten(Object value) {
        if (value instanceof Map<?, ?> map && map.size() == 1 && map.containsKey("value")) {
            return flatten(map.get("value"));
        }
        if (value instanceof List<?> list) {
            List<Object> flat = new ArrayList<>(list.size());
            list.forEach(element -> flat.add(flatten(element)));
            return flat;
        }
        return value;
    }
}
