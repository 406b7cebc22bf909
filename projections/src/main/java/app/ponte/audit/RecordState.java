package app.ponte.audit;

import java.time.Instant;
import java.util.List;

/** A record as it stood at {@code asOf}: its fields after the {@code events} events up to then. */
public record RecordState(RecordType recordType, String recordId, Instant asOf, int events, List<FieldValue> fields) {

    public RecordState {
        fields = List.copyOf(fields);
    }
}
