package app.ponte.organization;

import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Retires an organization that no longer matters; its history stays. */
public record ArchiveOrganization(@TargetAggregateIdentifier OrganizationId organizationId, String reason) {

    public ArchiveOrganization {
        Check.present("organizationId", organizationId);
        reason = Check.text("reason", reason, Check.REASON_MAX);
    }
}
