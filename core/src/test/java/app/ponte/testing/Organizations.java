package app.ponte.testing;

import app.ponte.organization.OrganizationDirectory;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationStanding;
import app.ponte.organization.OrganizationStatus;
import app.ponte.organization.OrganizationType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link OrganizationDirectory} for tests: organizations put here are known as given; with {@link #anyActive()}
 * every other id reads as an active company too, for tests about something else.
 */
public final class Organizations implements OrganizationDirectory {

    private final Map<OrganizationId, OrganizationStanding> known = new HashMap<>();
    private final boolean othersActive;

    private Organizations(boolean othersActive) {
        this.othersActive = othersActive;
    }

    public static Organizations onlyKnown() {
        return new Organizations(false);
    }

    public static Organizations anyActive() {
        return new Organizations(true);
    }

    public Organizations with(OrganizationId id, String name, OrganizationType type, OrganizationStatus status) {
        known.put(id, new OrganizationStanding(id, name, type, status));
        return this;
    }

    @Override
    public Optional<OrganizationStanding> find(OrganizationId id) {
        if (known.containsKey(id)) {
            return Optional.of(known.get(id));
        }
        return othersActive
                ? Optional.of(new OrganizationStanding(id, "Organization " + id, OrganizationType.COMPANY,
                        OrganizationStatus.ACTIVE))
                : Optional.empty();
    }
}
