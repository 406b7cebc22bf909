package app.ponte.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one outcome logged against a held engagement. It lives here rather than beside the mission because
 * opportunities and follow-ups refer to outcomes too, and neither should depend on the mission package for it.
 */
public record OutcomeId(UUID value) {

    public OutcomeId {
        Objects.requireNonNull(value, "OutcomeId needs a value");
    }

    public static OutcomeId random() {
        return new OutcomeId(UUID.randomUUID());
    }

    public static OutcomeId of(String text) {
        return new OutcomeId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
