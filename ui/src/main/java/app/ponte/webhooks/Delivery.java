package app.ponte.webhooks;

import java.time.Instant;

/**
 * One event for one endpoint in the outbox: {@code PENDING} until the endpoint answers 2xx ({@code DELIVERED}), or
 * until retries run out ({@code FAILED}). {@code webhookId} is the same on every attempt.
 */
public record Delivery(
        String deliveryId, String webhookId, String endpointId, String type, String recordId, long position,
        String status, int attempts, Instant createdAt, Instant nextAttemptAt, Instant lastAttemptAt,
        Integer lastStatusCode, String lastError, Instant deliveredAt) {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";
}
