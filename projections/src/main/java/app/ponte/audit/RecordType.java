package app.ponte.audit;

import java.util.Locale;

/**
 * The kinds of record the audit speaks of; engagements and outcomes live inside their mission's stream. {@link #ACCESS}
 * is who may do what (users, API tokens, display links, calendar links, webhook endpoints): system-wide, for
 * administrators only.
 */
public enum RecordType {
    PROGRAM,
    MISSION,
    ENGAGEMENT,
    OUTCOME,
    ORGANIZATION,
    CONTACT,
    OPPORTUNITY,
    FOLLOW_UP,
    ACCESS,
    OTHER;

    /** The word a person reads: "follow-up", "engagement". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
