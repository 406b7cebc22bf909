package app.ponte.imports;

/**
 * A record a row may duplicate: one in the directory ({@code recordId}) or an earlier row of the file
 * ({@code row}), with how alike they are (1 = same natural key) and why.
 */
public record Candidate(String recordId, Integer row, String name, String detail, double score, String reason) {}
