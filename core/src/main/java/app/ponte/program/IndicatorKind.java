package app.ponte.program;

/** A program measure Ponte can compute from events alone. */
public enum IndicatorKind {
    MISSIONS_COMPLETED,
    MEETINGS_HELD,
    WORKSHOPS_HELD,
    SPEECHES_GIVEN,
    COUNTERPARTS_MET,
    OUTCOMES_LOGGED,
    AGREEMENTS_SIGNED,
    OPPORTUNITIES_OPENED,
    OPPORTUNITIES_ACTIVE,
    FOLLOW_UPS_COMPLETED
}
