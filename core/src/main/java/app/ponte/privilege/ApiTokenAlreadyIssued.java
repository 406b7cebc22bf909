package app.ponte.privilege;

import app.ponte.shared.DomainException;

public class ApiTokenAlreadyIssued extends DomainException {

    public ApiTokenAlreadyIssued(ApiTokenId tokenId) {
        super("An API token with id " + tokenId + " was already issued.");
    }
}
