package app.ponte.privilege;

import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DisableUser(@TargetAggregateIdentifier UserId userId) {

    public DisableUser {
        Check.present("userId", userId);
    }
}
