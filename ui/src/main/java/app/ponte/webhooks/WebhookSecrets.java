package app.ponte.webhooks;

import app.ponte.webhook.WebhookEndpointId;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/**
 * The endpoints' signing secrets, one document per endpoint and version in {@code webhook_secrets}, apart from the
 * events (which are kept forever and copied to every reader). The secret must be kept in a form that can sign, so
 * unlike a token it cannot be stored as a hash: whoever reads this collection can forge deliveries, and rotating
 * the secret is the remedy.
 */
public class WebhookSecrets {

    static final String COLLECTION = "webhook_secrets";
    private static final int SECRET_BYTES = 32;

    private final MongoCollection<Document> secrets;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public WebhookSecrets(MongoDatabase database, Clock clock) {
        this.secrets = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    /** Makes and keeps a new secret for that version; a version is written once ({@code _id} is unique). */
    public String create(WebhookEndpointId endpoint, int version) {
        var bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        var secret = WebhookSignature.PREFIX + Base64.getEncoder().encodeToString(bytes);
        secrets.insertOne(new Document("_id", key(endpoint, version)).append("secret", secret)
                .append("createdAt", Date.from(clock.instant())));
        return secret;
    }

    public Optional<String> find(WebhookEndpointId endpoint, int version) {
        return Optional.ofNullable(secrets.find(Filters.eq("_id", key(endpoint, version))).first())
                .map(d -> d.getString("secret"));
    }

    private static String key(WebhookEndpointId endpoint, int version) {
        return endpoint + ":" + version;
    }
}
