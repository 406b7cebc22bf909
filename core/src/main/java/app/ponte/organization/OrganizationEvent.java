package app.ponte.organization;

/** Everything that can happen to an organization. */
public sealed interface OrganizationEvent
        permits OrganizationRegistered, OrganizationRenamed, OrganizationDetailsCorrected, OrganizationArchived,
        OrganizationReinstated, OrganizationMergedInto {

    OrganizationId organizationId();
}
