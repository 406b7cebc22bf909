package app.ponte.search;

/** The kinds of record the search finds, in the order their groups are listed when they score alike. */
public enum SearchKind {
    ORGANIZATION,
    CONTACT,
    PROGRAM,
    MISSION,
    ENGAGEMENT,
    OUTCOME,
    OPPORTUNITY,
    FOLLOW_UP;

    /** Organizations and contacts belong to no program: every program's members find them. */
    public boolean shared() {
        return this == ORGANIZATION || this == CONTACT;
    }
}
