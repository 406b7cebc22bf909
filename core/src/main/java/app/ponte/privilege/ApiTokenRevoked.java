package app.ponte.privilege;

public record ApiTokenRevoked(ApiTokenId tokenId, UserId userId) implements ApiTokenEvent {
}
