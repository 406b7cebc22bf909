package app.ponte.access;

/** The kinds of record that belong to exactly one program. */
public enum RecordKind {
    PROGRAM,
    MISSION,
    ENGAGEMENT,
    OUTCOME,
    OPPORTUNITY,
    FOLLOW_UP
}
