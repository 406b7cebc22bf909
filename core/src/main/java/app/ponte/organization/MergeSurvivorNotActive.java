package app.ponte.organization;

import app.ponte.shared.DomainException;

public class MergeSurvivorNotActive extends DomainException {

    public MergeSurvivorNotActive(OrganizationStanding survivor) {
        super("Cannot merge into \"" + survivor.name() + "\": it is " + survivor.status().name().toLowerCase()
                + ". Merge into an active organization.");
    }
}
