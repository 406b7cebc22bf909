package app.ponte.organization;

import java.util.Optional;

/**
 * Looks up other organizations while one organization decides, such as whether a merge survivor is still active.
 * Axon passes it into command handler methods as a parameter: the ui declares an implementation as a Spring bean
 * (backed by the organization read model, or by loading the aggregate), and Axon's Spring parameter resolver
 * injects it; tests register it with {@code fixture.registerInjectableResource(...)}.
 */
public interface OrganizationDirectory {

    Optional<OrganizationStanding> find(OrganizationId organizationId);
}
