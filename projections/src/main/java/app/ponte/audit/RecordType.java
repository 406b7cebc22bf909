package app.ponte.audit;

import java.util.Locale;

/** The kinds of record whose history can be audited; engagements and outcomes live inside their mission's stream. */
public enum RecordType {
    PROGRAM,
    MISSION,
    ENGAGEMENT,
    OUTCOME,
    ORGANIZATION,
    CONTACT,
    OPPORTUNITY,
    FOLLOW_UP,
    OTHER;

    /** The word a person reads: "follow-up", "engagement". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
