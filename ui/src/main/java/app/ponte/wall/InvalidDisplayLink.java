package app.ponte.wall;

/** A display link request with a field that breaks its rule. */
public class InvalidDisplayLink extends RuntimeException {

    private final String field;
    private final String rule;

    InvalidDisplayLink(String field, String rule) {
        super("Display link " + field + ": " + rule);
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
