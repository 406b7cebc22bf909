package app.ponte.mission;

/** What an engagement produced. */
public enum OutcomeKind {
    COLLABORATION_OPPORTUNITY,
    AGREEMENT,
    INFORMATION_EXCHANGE,
    FOLLOW_UP_MEETING,
    LEAD
}
