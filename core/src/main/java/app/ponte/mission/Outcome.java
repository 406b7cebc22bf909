package app.ponte.mission;

import app.ponte.organization.OrganizationId;
import app.ponte.shared.OutcomeId;
import java.util.List;
import java.util.Set;

/** An outcome as the mission needs to know it to decide; replaced whole when it changes. */
record Outcome(OutcomeId id, EngagementId engagementId, OutcomeKind kind, Set<OrganizationId> counterparts,
        boolean retracted) {

    /** The counterparts an outcome event names; events recorded before counterparts were listed name none. */
    static Set<OrganizationId> named(List<OrganizationId> counterparts) {
        return counterparts == null ? Set.of() : Set.copyOf(counterparts);
    }

    Outcome retract() {
        return new Outcome(id, engagementId, kind, counterparts, true);
    }
}
