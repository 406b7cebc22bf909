package app.ponte.security;

/** The caller's role or program membership does not allow what was asked; nothing was done. */
public class AccessDenied extends RuntimeException {

    public AccessDenied(String message) {
        super(message);
    }
}
