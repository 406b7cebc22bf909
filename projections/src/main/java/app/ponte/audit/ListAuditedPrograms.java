package app.ponte.audit;

/** Asks for every program the audit log has seen an event of. */
public record ListAuditedPrograms() {}
