package app.ponte.mission;

import app.ponte.organization.OrganizationId;
import java.time.Instant;
import java.util.List;

/**
 * An engagement as the mission needs to know it to decide. Immutable: a later change (rescheduling, holding)
 * replaces the entry in the mission's agenda, so rebuilt and live state compare equal.
 */
record Engagement(
        EngagementId id,
        EngagementKind kind,
        String title,
        Instant startsAt,
        Instant endsAt,
        List<OrganizationId> counterparts,
        Status status) {

    enum Status {
        SCHEDULED,
        CANCELLED,
        HELD
    }

    Engagement movedTo(Instant newStart, Instant newEnd) {
        return new Engagement(id, kind, title, newStart, newEnd, counterparts, status);
    }

    Engagement withStatus(Status newStatus) {
        return new Engagement(id, kind, title, startsAt, endsAt, counterparts, newStatus);
    }

    boolean isLive() {
        return status != Status.CANCELLED;
    }
}
