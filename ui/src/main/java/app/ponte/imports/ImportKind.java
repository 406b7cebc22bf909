package app.ponte.imports;

import java.util.Arrays;
import java.util.List;

/** What a file holds, one record a row. */
public enum ImportKind {
    ORGANIZATIONS,
    CONTACTS;

    public List<ImportField> fields() {
        return Arrays.stream(ImportField.values()).filter(field -> field.kind() == this).toList();
    }
}
