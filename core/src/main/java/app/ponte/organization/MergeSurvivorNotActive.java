package app.ponte.organization;

import app.ponte.shared.DomainException;
import java.util.Locale;

public class MergeSurvivorNotActive extends DomainException {

    public MergeSurvivorNotActive(OrganizationStanding survivor) {
        super("Cannot merge into \"" + survivor.name() + "\": it is "
                + survivor.status().name().toLowerCase(Locale.ROOT)
                + ". Merge into an active organization.");
    }
}
