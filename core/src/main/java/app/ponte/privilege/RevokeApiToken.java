package app.ponte.privilege;

import app.ponte.shared.Check;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RevokeApiToken(@TargetAggregateIdentifier ApiTokenId tokenId, UserId userId) {

    public RevokeApiToken {
        Check.present("tokenId", tokenId);
        Check.present("userId", userId);
    }
}
