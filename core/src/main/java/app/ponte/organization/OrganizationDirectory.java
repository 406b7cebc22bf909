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

    /**
     * The organization, if it is registered and active; otherwise a rejection saying so. {@code role} names what the
     * organization is wanted as, such as "promoter", for the message; {@code field} names the command's field that
     * holds the id, for a missing organization's rejection.
     */
    default OrganizationStanding requireActive(String field, OrganizationId organizationId, String role) {
        OrganizationStanding standing = find(organizationId)
                .orElseThrow(() -> new UnknownOrganization(field, organizationId));
        if (!standing.active()) {
            throw new OrganizationNotActive(standing, role);
        }
        return standing;
    }
}
