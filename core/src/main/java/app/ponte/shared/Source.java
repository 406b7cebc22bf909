package app.ponte.shared;

/** Where a change came from. */
public enum Source {
    UI,
    API,
    IMPORT
}
