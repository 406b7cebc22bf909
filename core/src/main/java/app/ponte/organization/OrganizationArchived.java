package app.ponte.organization;

public record OrganizationArchived(OrganizationId organizationId, String name, String reason)
        implements OrganizationEvent {
}
