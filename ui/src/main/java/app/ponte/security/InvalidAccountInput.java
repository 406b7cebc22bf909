package app.ponte.security;

import app.ponte.shared.InvalidField;

/** A user name, password, role or program list given to the user administration breaks its rule. */
public class InvalidAccountInput extends InvalidField {

    public InvalidAccountInput(String field, String rule) {
        super(field, rule);
    }
}
