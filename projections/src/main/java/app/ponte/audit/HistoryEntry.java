package app.ponte.audit;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** One event in a record's history: who, when, from where, and each field it changed. */
public record HistoryEntry(
        long sequence,
        String eventId,
        Instant at,
        String userId,
        String role,
        String source,
        String event,
        List<FieldChange> changes) {

    public HistoryEntry {
        changes = List.copyOf(changes);
    }

    /** The changes in one line, "title: a → b; venue: c → d". */
    public String description() {
        return changes.stream().map(FieldChange::describe).collect(Collectors.joining("; "));
    }
}
