package app.ponte.audit;

import app.ponte.program.ProgramId;
import java.util.Objects;
import java.util.Set;

/** Asks for every event of one record, oldest first, with what each changed; {@code programs} is the reader's scope. */
public record ShowRecordHistory(Set<ProgramId> programs, RecordType recordType, String recordId) {

    public ShowRecordHistory {
        programs = Set.copyOf(Objects.requireNonNull(programs, "ShowRecordHistory needs a program scope"));
        Objects.requireNonNull(recordType, "ShowRecordHistory needs a recordType");
        if (recordId == null || recordId.isBlank()) {
            throw new IllegalArgumentException("recordId is required");
        }
        recordId = recordId.strip();
    }
}
