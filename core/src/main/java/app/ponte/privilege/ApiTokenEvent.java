package app.ponte.privilege;

/** What can happen to an API token. Its secret, and the secret's hash, are never part of the record. */
public sealed interface ApiTokenEvent permits ApiTokenIssued, ApiTokenRevoked {

    ApiTokenId tokenId();
}
