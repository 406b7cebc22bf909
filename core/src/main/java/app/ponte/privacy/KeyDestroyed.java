package app.ponte.privacy;

import app.ponte.shared.DomainException;

/** Nothing more can be sealed for a person whose data was erased. */
public class KeyDestroyed extends DomainException {

    public KeyDestroyed(String keyId) {
        super("The personal data under " + keyId + " was erased; no new personal data can be recorded for it.");
    }
}
