package app.ponte.privilege;

import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record EnableUser(@TargetAggregateIdentifier UserId userId) {

    public EnableUser {
        Check.present("userId", userId);
    }
}
