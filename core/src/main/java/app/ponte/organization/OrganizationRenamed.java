package app.ponte.organization;

public record OrganizationRenamed(OrganizationId organizationId, String name, String nativeName, String previousName)
        implements OrganizationEvent {
}
