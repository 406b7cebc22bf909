package app.ponte.organization;

import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Declares {@code duplicateId} a duplicate of {@code survivorId}; whatever pointed at the duplicate then reads as the
 * survivor.
 */
public record MergeOrganization(@TargetAggregateIdentifier OrganizationId duplicateId, OrganizationId survivorId) {

    public MergeOrganization {
        Check.present("duplicateId", duplicateId);
        Check.present("survivorId", survivorId);
    }
}
