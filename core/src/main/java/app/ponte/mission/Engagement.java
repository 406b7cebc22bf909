package app.ponte.mission;

import java.time.Instant;

/**
 * An engagement as the mission needs to know it to decide. Immutable: a later change (rescheduling, holding)
 * replaces the entry in the mission's agenda, so rebuilt and live state compare equal.
 */
record Engagement(EngagementId id, Instant startsAt, Instant endsAt) {}
