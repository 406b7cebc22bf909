package app.ponte.audit;

import app.ponte.program.ProgramId;
import java.time.Instant;

/** The audit log's filters as the screen holds them; each is optional (null for any). */
public record AuditFilter(String userId, Instant from, Instant to, RecordType recordType, ProgramId programId) {

    static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
