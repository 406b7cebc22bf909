package app.ponte.bench;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens a benchmark counter. */
record OpenCounter(@TargetAggregateIdentifier String counterId, String label) {

    OpenCounter {
        if (counterId == null || counterId.isBlank()) {
            throw new IllegalArgumentException("counterId is required");
        }
    }
}
