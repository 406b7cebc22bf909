package app.ponte.imports;

/** What the preview found a row to be. */
public enum Verdict {
    /** Nothing in the directory or earlier in the file matches: created when run. */
    NEW,
    /** A record in the directory has the row's natural key: corrected from the row when run. */
    UPDATE,
    /** Similar to a record in the directory or to an earlier row: skipped unless chosen otherwise. */
    POSSIBLE_DUPLICATE,
    /** A field breaks a rule: never run. */
    ERROR
}
