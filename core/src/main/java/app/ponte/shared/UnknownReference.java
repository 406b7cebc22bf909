package app.ponte.shared;

/**
 * A command names another record (a program, an organization, a contact, an outcome, an opportunity) that does not
 * exist. It is bad input in the named field rather than a rule of the record the command is for, so it is an
 * {@link InvalidField}: the API answers it as a problem naming the field, the forms show it beside the field.
 */
public abstract class UnknownReference extends InvalidField {

    /** {@code what} names the kind of record, such as "program"; the message reads "programId: no such program …". */
    protected UnknownReference(String field, String what, Object id) {
        this(field, what, id, "");
    }

    /** {@code where} narrows the message, such as " in mission …", when the id is only known within another record. */
    protected UnknownReference(String field, String what, Object id, String where) {
        super(field, "must name an existing " + what,
                field + ": no such " + what + " (" + id + ")" + where + ".");
    }
}
