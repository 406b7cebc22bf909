package app.ponte.organization;

/** What another organization's decision needs to know about an organization: its name and whether it is active. */
public record OrganizationStanding(OrganizationId organizationId, String name, OrganizationStatus status) {
}
