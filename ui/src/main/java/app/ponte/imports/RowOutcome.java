package app.ponte.imports;

/** What the run did with one row: created, updated, skipped or failed, with the record and why. */
public record RowOutcome(int row, Verdict verdict, ImportAction action, Status status, String recordId,
        String field, String message) {

    public enum Status {
        CREATED,
        UPDATED,
        SKIPPED,
        FAILED
    }
}
