package app.ponte.webhook;

import app.ponte.program.ProgramId;
import java.util.List;

/** {@code programs} empty means every program; {@code secretVersion} names the secret that signs, kept apart. */
public record WebhookEndpointRegistered(
        WebhookEndpointId endpointId, String name, String url, List<String> eventTypes, List<ProgramId> programs,
        boolean personalData, int secretVersion) implements WebhookEndpointEvent {
}
