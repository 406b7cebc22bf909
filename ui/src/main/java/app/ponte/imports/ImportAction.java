package app.ponte.imports;

import app.ponte.shared.InvalidField;
import java.util.Locale;

/** What the run does with a row: create a record, update (or merge into) the matched one, or skip the row. */
public enum ImportAction {
    CREATE,
    UPDATE,
    /** For a possible duplicate: correct the best candidate in the directory from the row. */
    MERGE,
    SKIP;

    static ImportAction parse(String field, String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            throw new InvalidField(field, "must be one of create, update, merge, skip; \"" + text + "\" is none");
        }
    }
}
