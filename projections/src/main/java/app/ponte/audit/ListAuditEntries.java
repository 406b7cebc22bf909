package app.ponte.audit;

import app.ponte.program.ProgramId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Asks for a page of the audit log, newest first. {@code programs} is the reader's scope (empty: nothing); records
 * outside any program are listed to every reader with a scope. {@code everyProgram} is for an administrator, who
 * reads every stored event: those of every program, including a program that no longer resolves (an event whose
 * program is unknown to the log, or names a program never launched), which no scope lists. Every other filter is
 * optional (null for any):
 * {@code userId}, the time range {@code from} (inclusive) to {@code to} (exclusive), the {@code recordType} and one
 * {@code programId} within the scope.
 */
public record ListAuditEntries(
        Set<ProgramId> programs,
        boolean everyProgram,
        String userId,
        Instant from,
        Instant to,
        RecordType recordType,
        ProgramId programId,
        int offset,
        int limit) {

    public static final int MAX_LIMIT = 100_000;

    public ListAuditEntries {
        programs = Set.copyOf(Objects.requireNonNull(programs, "ListAuditEntries needs a program scope"));
        userId = userId == null || userId.isBlank() ? null : userId.strip();
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be zero or more, was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }

    /** A page for a reader limited to {@code programs}. */
    public static ListAuditEntries scoped(Set<ProgramId> programs, String userId, Instant from, Instant to,
            RecordType recordType, ProgramId programId, int offset, int limit) {
        return new ListAuditEntries(programs, false, userId, from, to, recordType, programId, offset, limit);
    }

    public ListAuditEntries page(int newOffset, int newLimit) {
        return new ListAuditEntries(programs, everyProgram, userId, from, to, recordType, programId, newOffset, newLimit);
    }
}
