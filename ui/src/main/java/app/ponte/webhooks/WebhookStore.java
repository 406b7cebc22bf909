package app.ponte.webhooks;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * The two webhook collections: {@code webhook_endpoints} (the endpoints' read model, one small document each, with
 * the sender's failure count beside it) and {@code webhook_outbox} (one document per event and endpoint, keyed by
 * a deterministic {@code _id}, so writing one twice is refused by the unique key and changes nothing).
 */
public class WebhookStore {

    static final String ENDPOINTS = "webhook_endpoints";
    static final String OUTBOX = "webhook_outbox";

    final MongoCollection<Document> endpoints;
    final MongoCollection<Document> outbox;

    public WebhookStore(MongoDatabase database) {
        this.endpoints = database.getCollection(ENDPOINTS);
        this.outbox = database.getCollection(OUTBOX);
        // For a real MongoDB: the due deliveries, and a record's earlier pending ones. The embedded server scans.
        outbox.createIndex(Indexes.ascending("status", "nextAttemptAt"));
        outbox.createIndex(Indexes.ascending("chain", "status", "position"));
        outbox.createIndex(Indexes.ascending("endpointId", "position"));
    }

    /** Inserts the delivery unless one with its id exists; true when this call wrote it. */
    boolean insertOnce(Document delivery) {
        try {
            outbox.insertOne(delivery);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    public List<WebhookEndpointView> endpoints() {
        var all = new ArrayList<WebhookEndpointView>();
        endpoints.find().forEach(d -> all.add(endpoint(d)));
        all.sort(java.util.Comparator.comparing(WebhookEndpointView::registeredAt,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(WebhookEndpointView::endpointId));
        return all;
    }

    public Optional<WebhookEndpointView> endpoint(String endpointId) {
        return Optional.ofNullable(endpoints.find(Filters.eq("_id", endpointId)).first()).map(WebhookStore::endpoint);
    }

    /** The endpoint's deliveries, latest event first. */
    public List<Delivery> deliveries(String endpointId, int offset, int limit) {
        var page = new ArrayList<Delivery>();
        outbox.find(Filters.eq("endpointId", endpointId)).sort(Sorts.orderBy(Sorts.descending("position"),
                Sorts.descending("createdAt"))).skip(offset).limit(limit).forEach(d -> page.add(delivery(d)));
        return page;
    }

    static WebhookEndpointView endpoint(Document d) {
        return new WebhookEndpointView(d.getString("_id"), d.getString("name"), d.getString("url"),
                d.getList("eventTypes", String.class, List.of()), d.getList("programs", String.class, List.of()),
                d.getBoolean("personalData", false), d.getInteger("secretVersion", 1), d.getBoolean("enabled", false),
                d.getString("notice"), instant(d, "noticeAt"), instant(d, "registeredAt"),
                d.getInteger("consecutiveFailures", 0), instant(d, "lastSuccessAt"));
    }

    static Delivery delivery(Document d) {
        return new Delivery(d.getString("_id"), d.getString("webhookId"), d.getString("endpointId"),
                d.getString("type"), d.getString("recordId"), d.get("position", Number.class).longValue(),
                d.getString("status"), d.getInteger("attempts", 0), instant(d, "createdAt"),
                instant(d, "nextAttemptAt"), instant(d, "lastAttemptAt"), d.getInteger("lastStatusCode"),
                d.getString("lastError"), instant(d, "deliveredAt"));
    }

    static Instant instant(Document d, String field) {
        var date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
