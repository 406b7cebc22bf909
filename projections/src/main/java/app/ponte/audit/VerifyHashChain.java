package app.ponte.audit;

/** Asks for a full verify of the event store's hash chain: every link recomputed from the stored events. */
public record VerifyHashChain() {}
