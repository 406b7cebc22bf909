package app.ponte.organization;

import app.ponte.shared.DomainException;
import java.util.Locale;

public class OrganizationNotActive extends DomainException {

    public OrganizationNotActive(OrganizationStanding organization, String role) {
        super("\"" + organization.name() + "\" cannot be chosen as " + role + ": it is "
                + organization.status().name().toLowerCase(Locale.ROOT) + ".");
    }
}
