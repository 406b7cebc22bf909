package app.ponte.mission;

import app.ponte.shared.InvalidField;

/**
 * Input that breaks a rule of its own, before any mission is looked at: names the field and the rule, so the
 * form or the API can point at the field. One kind of {@link InvalidField}, so callers can treat bad input from every
 * part of the domain alike.
 */
public class InvalidMissionInput extends InvalidField {

    public InvalidMissionInput(String field, String rule) {
        super(field, rule, field + ": " + rule);
    }
}
