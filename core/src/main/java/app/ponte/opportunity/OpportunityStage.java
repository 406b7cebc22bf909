package app.ponte.opportunity;

/** The stages an opportunity moves through, in order; being dropped is not a stage but a state beside them. */
public enum OpportunityStage {
    IDENTIFIED,
    QUALIFIED,
    IN_NEGOTIATION,
    AGREED,
    ACTIVE;

    boolean isAfter(OpportunityStage other) {
        return compareTo(other) > 0;
    }
}
