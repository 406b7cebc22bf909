package app.ponte.webhooks;

import java.time.Duration;

/**
 * How the sender behaves ({@code ponte.webhooks.*}). A failed attempt is retried after {@code retryBase} doubled per
 * attempt, at most {@code retryCap}, each wait drawn between half and all of that (jitter, so that endpoints coming
 * back are not hit by every node at once); a delivery still failing {@code retryWindow} after its first attempt
 * fails for good, and an endpoint is disabled then, or after {@code disableAfterFailures} failures in a row.
 */
public record WebhookSettings(
        Duration retryBase, Duration retryCap, Duration retryWindow, int disableAfterFailures, Duration lease,
        Duration timeout, Duration poll, int threads, int batch) {

    public WebhookSettings {
        if (lease.compareTo(timeout.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("ponte.webhooks.lease must be at least twice the timeout, so that a "
                    + "slow attempt finishes before another node may take the delivery over");
        }
        if (retryWindow.compareTo(Duration.ofHours(24)) < 0 && disableAfterFailures < 1) {
            throw new IllegalArgumentException("ponte.webhooks.disable-after-failures must be at least 1");
        }
    }
}
