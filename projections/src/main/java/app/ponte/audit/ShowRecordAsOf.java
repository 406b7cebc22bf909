package app.ponte.audit;

import app.ponte.program.ProgramId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** Asks for one record as it stood at {@code at}, rebuilt from its events up to then. */
public record ShowRecordAsOf(Set<ProgramId> programs, RecordType recordType, String recordId, Instant at) {

    public ShowRecordAsOf {
        programs = Set.copyOf(Objects.requireNonNull(programs, "ShowRecordAsOf needs a program scope"));
        Objects.requireNonNull(recordType, "ShowRecordAsOf needs a recordType");
        Objects.requireNonNull(at, "ShowRecordAsOf needs the moment, at");
        if (recordId == null || recordId.isBlank()) {
            throw new IllegalArgumentException("recordId is required");
        }
        recordId = recordId.strip();
    }
}
