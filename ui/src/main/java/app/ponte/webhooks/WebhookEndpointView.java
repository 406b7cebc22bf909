package app.ponte.webhooks;

import java.time.Instant;
import java.util.List;

/**
 * An endpoint as administrators see it: its registration, whether it is sent to, and the notice of why not.
 * {@code programs} empty means every program. No secret is in here.
 */
public record WebhookEndpointView(
        String endpointId, String name, String url, List<String> eventTypes, List<String> programs,
        boolean personalData, int secretVersion, boolean enabled, String notice, Instant noticeAt,
        Instant registeredAt, int consecutiveFailures, Instant lastSuccessAt) {
}
