package app.ponte.privilege;

import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RevokeCalendarLink(@TargetAggregateIdentifier CalendarLinkId linkId, UserId ownerUserId) {

    public RevokeCalendarLink {
        Check.present("linkId", linkId);
        Check.present("ownerUserId", ownerUserId);
    }
}
