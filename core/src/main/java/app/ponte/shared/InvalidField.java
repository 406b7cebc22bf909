package app.ponte.shared;

/** A field of a command or value does not satisfy its rule; both are named so the UI and the API can point at it. */
public class InvalidField extends DomainException {

    private final String field;
    private final String rule;

    public InvalidField(String field, String rule) {
        this(field, rule, field + " " + rule);
    }

    /** For subclasses that word the message their own way. */
    protected InvalidField(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
