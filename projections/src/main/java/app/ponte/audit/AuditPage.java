package app.ponte.audit;

import java.util.List;

/** One page of the audit log and how many entries match the filters in all. */
public record AuditPage(List<AuditEntry> entries, long total) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
