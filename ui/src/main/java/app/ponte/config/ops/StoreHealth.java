package app.ponte.config.ops;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Whether the store answers a ping within a short time: a load balancer asks often and must not wait for the
 * driver's own server-selection timeout. The wait covers finding the server as well as its answer.
 */
final class StoreHealth extends AbstractHealthIndicator {

    private final MongoDatabase database;
    private final Duration timeout;

    StoreHealth(MongoDatabase database, Duration timeout) {
        super("The store did not answer");
        this.database = database;
        this.timeout = timeout;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long started = System.nanoTime();
        database.withTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).runCommand(new Document("ping", 1));
        builder.up().withDetail("answeredInMs", (System.nanoTime() - started) / 1_000_000)
                .withDetail("timeoutMs", timeout.toMillis());
    }
}
