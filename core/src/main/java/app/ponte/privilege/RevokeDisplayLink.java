package app.ponte.privilege;

import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RevokeDisplayLink(@TargetAggregateIdentifier DisplayLinkId linkId) {

    public RevokeDisplayLink {
        Check.present("linkId", linkId);
    }
}
