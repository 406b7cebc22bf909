package app.ponte.privilege;

import app.ponte.shared.DomainException;

public class DisplayLinkAlreadyCreated extends DomainException {

    public DisplayLinkAlreadyCreated(DisplayLinkId linkId) {
        super("A display link with id " + linkId + " already exists.");
    }
}
