package app.ponte.api;

/** A query parameter breaks its rule; answered 400, naming the parameter and the rule. */
class InvalidParameter extends RuntimeException {

    private final String parameter;
    private final String rule;

    InvalidParameter(String parameter, String rule) {
        super(parameter + " " + rule);
        this.parameter = parameter;
        this.rule = rule;
    }

    String parameter() {
        return parameter;
    }

    String rule() {
        return rule;
    }
}
