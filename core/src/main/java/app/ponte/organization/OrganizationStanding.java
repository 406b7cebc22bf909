package app.ponte.organization;

/** What another aggregate's decision needs to know about an organization: its name, type and whether it is active. */
public record OrganizationStanding(
        OrganizationId organizationId, String name, OrganizationType type, OrganizationStatus status) {

    public boolean active() {
        return status == OrganizationStatus.ACTIVE;
    }
}
