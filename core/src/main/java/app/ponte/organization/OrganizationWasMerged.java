package app.ponte.organization;

import app.ponte.shared.DomainException;

public class OrganizationWasMerged extends DomainException {

    public OrganizationWasMerged(String name, String survivorName) {
        super("The organization \"" + name + "\" was merged into \"" + survivorName
                + "\"; make the change on \"" + survivorName + "\" instead.");
    }
}
