package app.ponte.organization;

import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RenameOrganization(
        @TargetAggregateIdentifier OrganizationId organizationId, String name, String nativeName) {

    public RenameOrganization {
        Check.present("organizationId", organizationId);
        name = Check.text("name", name, Check.NAME_MAX);
        nativeName = Check.optionalText("nativeName", nativeName, Check.NAME_MAX);
    }
}
