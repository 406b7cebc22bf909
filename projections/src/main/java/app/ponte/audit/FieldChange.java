package app.ponte.audit;

/** One field an event changed; {@code before} is absent when the field had no value yet. */
public record FieldChange(String field, String before, String after) {

    /** "title: Meeting at Fudan → Meeting with Fudan University". */
    public String describe() {
        return field + ": " + (before == null ? "" : before + " → ") + after;
    }
}
