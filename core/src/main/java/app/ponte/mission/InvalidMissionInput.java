package app.ponte.mission;

/**
 * Input that breaks a rule of its own, before any mission is looked at: names the field and the rule, so the
 * form or the API can point at the field.
 */
public class InvalidMissionInput extends IllegalArgumentException {

    private final String field;
    private final String rule;

    public InvalidMissionInput(String field, String rule) {
        super(field + ": " + rule);
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
