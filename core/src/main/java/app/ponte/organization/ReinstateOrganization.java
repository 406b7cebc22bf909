package app.ponte.organization;

import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes an archived organization back into use, for instance when it was archived by mistake. */
public record ReinstateOrganization(@TargetAggregateIdentifier OrganizationId organizationId, String reason) {

    public ReinstateOrganization {
        Check.present("organizationId", organizationId);
        reason = Check.text("reason", reason, Check.REASON_MAX);
    }
}
