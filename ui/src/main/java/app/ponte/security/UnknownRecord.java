package app.ponte.security;

/** A command or query names a record that does not exist, so no program can be found for it. */
public class UnknownRecord extends RuntimeException {

    public UnknownRecord(String message) {
        super(message);
    }
}
