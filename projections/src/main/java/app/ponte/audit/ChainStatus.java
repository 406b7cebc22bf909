package app.ponte.audit;

/** How far the hash chain reaches: every event up to global number {@code linkedUpTo} has its link. */
public record ChainStatus(long linkedUpTo) {}
