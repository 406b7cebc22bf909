package app.ponte.shared;

/**
 * A command was refused because it breaks a rule of the domain. Subclasses are named after the rule as an officer
 * would say it, and their message can be shown to that officer as it is.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
