package app.ponte.webhooks;

import app.ponte.contact.ContactId;
import app.ponte.contact.PersonalDataVault;
import app.ponte.privacy.Sealed;
import app.ponte.shared.InvalidField;
import app.ponte.webhook.DisableWebhookEndpoint;
import app.ponte.webhook.WebhookEndpointId;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox. Every node runs one; a node takes a delivery with an atomic {@code findOneAndUpdate} that sets
 * a lease (its id and an expiry) only where none is live, so two nodes never send the same one at the same time, and
 * a node killed mid-attempt leaves a lease that simply runs out: the delivery is sent again (at least once, under the
 * same {@code webhook-id}). A delivery waits while an earlier one of the same record for the same endpoint is
 * pending, so an endpoint sees each record's events in order even after being down.
 *
 * <p>Only single-document atomic updates are used, no transactions; the queries use equality, {@code $in} and
 * ranges, which a real MongoDB serves from the indexes of {@link WebhookStore} and the embedded server by scanning.
 */
public class WebhookDispatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final ObjectMapper JSON = WebhookJson.MAPPER;
    private static final int ERROR_MAX = 300;

    private final WebhookStore store;
    private final WebhookSecrets secrets;
    private final AddressPolicy addresses;
    private final PersonalDataVault vault;
    private final Consumer<DisableWebhookEndpoint> disable;
    private final WebhookSettings settings;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();
    private final HttpClient http;
    private final ExecutorService senders;
    private final ScheduledExecutorService poller;

    public WebhookDispatcher(WebhookStore store, WebhookSecrets secrets, AddressPolicy addresses,
            PersonalDataVault vault, Consumer<DisableWebhookEndpoint> disable, WebhookSettings settings, Clock clock) {
        this.store = store;
        this.secrets = secrets;
        this.addresses = addresses;
        this.vault = vault;
        this.disable = disable;
        this.settings = settings;
        this.clock = clock;
        this.senders = Executors.newFixedThreadPool(settings.threads(), daemon("webhook-sender"));
        this.poller = Executors.newSingleThreadScheduledExecutor(daemon("webhook-dispatcher"));
        // Redirects are not followed: a public address could send the request on to a private one.
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Starts polling the outbox every {@code poll}. */
    public void start() {
        poller.scheduleWithFixedDelay(() -> {
            try {
                while (round() > 0) {
                    // more may be due at once: go on without waiting
                }
            } catch (RuntimeException e) {
                log.warn("Webhook round failed; the next one retries", e);
            }
        }, settings.poll().toMillis(), settings.poll().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The fields of a new pending delivery, for the outbox and the test event alike. */
    static Document pending(Document delivery, Instant createdAt) {
        return delivery.append("status", Delivery.PENDING)
                .append("attempts", 0)
                .append("createdAt", Date.from(createdAt))
                .append("nextAttemptAt", Date.from(createdAt))
                .append("firstAttemptAt", null)
                .append("lastAttemptAt", null)
                .append("lastStatusCode", null)
                .append("lastError", null)
                .append("leaseOwner", null)
                .append("leaseUntil", null)
                .append("deliveredAt", null);
    }

    /** One round: claims what is due and may go (at most a batch), sends it, and says how many were sent. */
    int round() {
        var now = clock.instant();
        var enabled = new HashMap<String, WebhookEndpointView>();
        store.endpoints().stream().filter(WebhookEndpointView::enabled).forEach(e -> enabled.put(e.endpointId(), e));
        if (enabled.isEmpty()) {
            return 0;
        }
        var candidates = new ArrayList<Document>();
        store.outbox.find(Filters.and(Filters.eq("status", Delivery.PENDING),
                        Filters.in("endpointId", enabled.keySet()), Filters.lte("nextAttemptAt", Date.from(now))))
                .sort(Sorts.ascending("position")).limit(settings.batch() * 4).into(candidates);
        var chainsSeen = new HashSet<String>();
        var claimed = new ArrayList<Document>();
        for (var candidate : candidates) {
            if (claimed.size() >= settings.batch()) {
                break;
            }
            var chain = candidate.getString("chain");
            // One per record per round, and none while an earlier one of the record is pending.
            if (!chainsSeen.add(chain) || earlierPending(candidate)) {
                continue;
            }
            var lease = claim(candidate.getString("_id"), now);
            if (lease != null) {
                claimed.add(lease);
            }
        }
        var sends = new ArrayList<Future<?>>();
        for (var delivery : claimed) {
            sends.add(senders.submit(() -> send(delivery, enabled.get(delivery.getString("endpointId")))));
        }
        for (var send : sends) {
            try {
                send.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            } catch (java.util.concurrent.ExecutionException e) {
                log.warn("A webhook attempt failed unexpectedly; its lease will run out and it is retried", e);
            }
        }
        return claimed.size();
    }

    private boolean earlierPending(Document candidate) {
        return store.outbox.find(Filters.and(Filters.eq("chain", candidate.getString("chain")),
                Filters.eq("status", Delivery.PENDING),
                Filters.lt("position", candidate.get("position", Number.class).longValue()))).first() != null;
    }

    /** Takes the delivery for this node unless another holds a live lease; the claimed document, or null. */
    private Document claim(String deliveryId, Instant now) {
        var leaseUntil = Date.from(now.plus(settings.lease()));
        return store.outbox.findOneAndUpdate(
                Filters.and(Filters.eq("_id", deliveryId), Filters.eq("status", Delivery.PENDING),
                        Filters.lte("nextAttemptAt", Date.from(now)),
                        Filters.or(Filters.eq("leaseUntil", null), Filters.lt("leaseUntil", Date.from(now)))),
                Updates.combine(Updates.set("leaseOwner", node), Updates.set("leaseUntil", leaseUntil),
                        Updates.inc("attempts", 1), Updates.set("lastAttemptAt", Date.from(now))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    private void send(Document delivery, WebhookEndpointView endpoint) {
        var webhookId = delivery.getString("webhookId");
        Integer status = null;
        String error = null;
        try {
            addresses.check("url", endpoint.url());
            var secret = secrets.find(WebhookEndpointId.of(endpoint.endpointId()), endpoint.secretVersion())
                    .orElseThrow(() -> new IllegalStateException("the endpoint's secret is missing"));
            var body = body(delivery, endpoint);
            long timestamp = clock.instant().getEpochSecond();
            var request = HttpRequest.newBuilder(URI.create(endpoint.url()))
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Ponte-Webhooks/1")
                    .header("webhook-id", webhookId)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(secret, webhookId, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            var response = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status < 200 || status > 299) {
                error = "answered " + status;
            }
        } catch (InvalidField e) {
            error = e.getMessage();
        } catch (IOException | RuntimeException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        record(delivery, endpoint, status, error);
    }

    /* The result is written only while this node still holds the lease it took; after that the delivery is
       another node's, and its attempt will say how it went. */
    private void record(Document delivery, WebhookEndpointView endpoint, Integer status, String error) {
        var now = clock.instant();
        Bson mine = Filters.and(Filters.eq("_id", delivery.getString("_id")), Filters.eq("leaseOwner", node),
                Filters.eq("leaseUntil", delivery.getDate("leaseUntil")));
        var endpointDoc = Filters.eq("_id", endpoint.endpointId());
        if (error == null) {
            store.outbox.updateOne(mine, Updates.combine(Updates.set("status", Delivery.DELIVERED),
                    Updates.set("deliveredAt", Date.from(now)), Updates.set("lastStatusCode", status),
                    Updates.set("lastError", null), Updates.set("leaseOwner", null), Updates.set("leaseUntil", null)));
            store.endpoints.updateOne(endpointDoc, Updates.combine(Updates.set("consecutiveFailures", 0),
                    Updates.set("lastSuccessAt", Date.from(now))));
            return;
        }
        var first = delivery.getDate("firstAttemptAt");
        var firstAttempt = first == null ? delivery.getDate("lastAttemptAt").toInstant() : first.toInstant();
        int attempts = delivery.getInteger("attempts", 1);
        boolean exhausted = Duration.between(firstAttempt, now).compareTo(settings.retryWindow()) >= 0;
        var shortError = error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        store.outbox.updateOne(mine, Updates.combine(
                Updates.set("status", exhausted ? Delivery.FAILED : Delivery.PENDING),
                Updates.set("firstAttemptAt", Date.from(firstAttempt)),
                Updates.set("nextAttemptAt", Date.from(now.plus(backoff(attempts)))),
                Updates.set("lastStatusCode", status), Updates.set("lastError", shortError),
                Updates.set("leaseOwner", null), Updates.set("leaseUntil", null)));
        var after = store.endpoints.findOneAndUpdate(endpointDoc, Updates.inc("consecutiveFailures", 1),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        int failures = after == null ? 0 : after.getInteger("consecutiveFailures", 0);
        if (exhausted || failures >= settings.disableAfterFailures()) {
            var reason = exhausted
                    ? "Disabled by Ponte: a delivery kept failing for " + settings.retryWindow().toHours()
                            + " hours (last: " + shortError + ")"
                    : "Disabled by Ponte after " + failures + " failed attempts in a row (last: " + shortError + ")";
            try {
                disable.accept(new DisableWebhookEndpoint(WebhookEndpointId.of(endpoint.endpointId()), reason));
                log.warn("Webhook endpoint {} disabled: {}", endpoint.endpointId(), reason);
            } catch (RuntimeException e) {
                log.warn("Could not disable webhook endpoint {}; the next failure tries again",
                        endpoint.endpointId(), e);
            }
        }
    }

    /** retryBase × 2^(attempts−1), at most retryCap, drawn between half and all of it. */
    Duration backoff(int attempts) {
        long base = settings.retryBase().toMillis();
        long cap = settings.retryCap().toMillis();
        long exponential = attempts >= 40 ? cap : Math.min(cap, base << Math.max(0, attempts - 1));
        long jittered = exponential / 2 + ThreadLocalRandom.current().nextLong(exponential / 2 + 1);
        return Duration.ofMillis(Math.max(1, jittered));
    }

    /** The JSON body: type, timestamp and data, with a contact's personal data only where allowed and not erased. */
    String body(Document delivery, WebhookEndpointView endpoint) throws IOException {
        var data = (ObjectNode) JSON.readTree(delivery.getString("data"));
        var sealed = delivery.get("sealed", Document.class);
        var contactId = delivery.getString("contactId");
        if (sealed != null && !sealed.isEmpty() && contactId != null) {
            if (!endpoint.personalData()) {
                data.put("personalData", "withheld");
            } else {
                boolean erased = false;
                Map<String, String> opened = new HashMap<>();
                for (var field : sealed.keySet()) {
                    var value = sealed.get(field, Document.class);
                    var open = vault.open(ContactId.of(contactId),
                            new Sealed(value.getString("keyId"), value.getString("ciphertext")));
                    if (open.isEmpty()) {
                        erased = true;
                        break;
                    }
                    opened.put(field, open.get());
                }
                if (erased) {
                    data.put("personalData", "erased");
                } else {
                    sealed.keySet().forEach(field -> data.put(field, opened.get(field)));
                }
            }
        }
        var body = JSON.createObjectNode();
        body.put("type", delivery.getString("type"));
        body.put("timestamp", delivery.getDate("eventTimestamp").toInstant().toString());
        body.set("data", data);
        return JSON.writeValueAsString(body);
    }

    @Override
    public void close() {
        poller.shutdownNow();
        senders.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            var thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
