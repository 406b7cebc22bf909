package app.ponte.privilege;

import app.ponte.shared.DomainException;

public class CalendarLinkAlreadyCreated extends DomainException {

    public CalendarLinkAlreadyCreated(CalendarLinkId linkId) {
        super("A calendar link with id " + linkId + " already exists.");
    }
}
