package app.ponte.opportunity;

import java.util.Objects;
import java.util.UUID;

/** Identifies one opportunity. */
public record OpportunityId(UUID value) {

    public OpportunityId {
        Objects.requireNonNull(value, "OpportunityId needs a value");
    }

    public static OpportunityId random() {
        return new OpportunityId(UUID.randomUUID());
    }

    public static OpportunityId of(String text) {
        return new OpportunityId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
