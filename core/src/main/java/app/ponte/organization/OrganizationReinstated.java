package app.ponte.organization;

public record OrganizationReinstated(OrganizationId organizationId, String name, String reason)
        implements OrganizationEvent {
}
