package app.ponte.privacy;

/**
 * Personal data, or the wrapped key that opens it, failed authentication although its key was not destroyed: it was
 * altered, or copied from another person's record. Never to be read as erased; the message names the key id only.
 */
public class PersonalDataTampered extends RuntimeException {

    private final String keyId;

    public PersonalDataTampered(String keyId, String what) {
        super(what + " under " + keyId + " fails authentication: it was altered or copied from another record");
        this.keyId = keyId;
    }

    public String keyId() {
        return keyId;
    }
}
