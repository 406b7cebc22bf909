package app.ponte.privilege;

import app.ponte.shared.DomainException;

public class UserAlreadyCreated extends DomainException {

    public UserAlreadyCreated(UserId userId) {
        super("A user with id " + userId + " already exists.");
    }
}
