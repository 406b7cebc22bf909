package app.ponte.audit;

/** A field of a record and its value as text. */
public record FieldValue(String field, String value) {}
