package app.ponte.audit;

import app.ponte.program.ProgramId;
import java.time.Instant;

/**
 * One event as the audit log lists it: its place in the global order, who caused it, when and from where, and
 * which record it changed. {@code programId} is absent for records outside any program (organizations, contacts).
 */
public record AuditEntry(
        long number,
        String eventId,
        Instant at,
        String userId,
        String role,
        String source,
        String correlationId,
        RecordType recordType,
        String recordId,
        ProgramId programId,
        String event,
        String summary) {}
