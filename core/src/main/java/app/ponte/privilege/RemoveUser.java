package app.ponte.privilege;

import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemoveUser(@TargetAggregateIdentifier UserId userId, String reason) {

    public RemoveUser {
        Check.present("userId", userId);
        reason = Check.text("reason", reason, Check.REASON_MAX);
    }
}
