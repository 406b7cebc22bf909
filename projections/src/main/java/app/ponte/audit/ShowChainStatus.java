package app.ponte.audit;

/** Asks how far the hash chain reaches, without recomputing any link: for anyone who may audit. */
public record ShowChainStatus() {}
