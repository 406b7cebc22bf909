package app.ponte.webhook;

import app.ponte.shared.DomainException;

public class SecretVersionOutOfTurn extends DomainException {

    public SecretVersionOutOfTurn(int current, int given) {
        super("The endpoint's secret is at version " + current + "; the next one must be " + (current + 1)
                + ", not " + given + " (someone else rotated it meanwhile?).");
    }
}
