package app.ponte.privilege;

import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateCalendarLink(@TargetAggregateIdentifier CalendarLinkId linkId, UserId ownerUserId) {

    public CreateCalendarLink {
        Check.present("linkId", linkId);
        Check.present("ownerUserId", ownerUserId);
    }
}
