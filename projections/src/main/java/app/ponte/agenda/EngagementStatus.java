package app.ponte.agenda;

/** Where an engagement stands on the agenda. */
public enum EngagementStatus {
    SCHEDULED,
    HELD,
    CANCELLED
}
