package app.ponte.bench;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records one tick on an open counter; each tick is one event, as most Ponte commands are. */
record RecordTick(@TargetAggregateIdentifier String counterId, String note) {

    RecordTick {
        if (counterId == null || counterId.isBlank()) {
            throw new IllegalArgumentException("counterId is required");
        }
    }
}
