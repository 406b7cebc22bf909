package app.ponte.contact;

/** Why personal data was erased; a closed list so that no free text about the person outlives the erasure. */
public enum ErasureGround {
    REQUESTED_BY_PERSON,
    CONSENT_WITHDRAWN,
    NO_LONGER_NEEDED,
    UNLAWFULLY_PROCESSED
}
