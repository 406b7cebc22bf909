package app.ponte.mission;

/** What sort of engagement it is; each sort is counted separately by the program's indicators. */
public enum EngagementKind {
    MEETING,
    WORKSHOP,
    SPEECH,
    VISIT
}
