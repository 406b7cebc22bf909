package app.ponte.organization;

/**
 * Recorded on the duplicate: from now on readers map {@code organizationId} to {@code survivorId} wherever it appears.
 * Both names are kept so an audit reads without looking anything up.
 */
public record OrganizationMergedInto(
        OrganizationId organizationId, String name, OrganizationId survivorId, String survivorName)
        implements OrganizationEvent {
}
