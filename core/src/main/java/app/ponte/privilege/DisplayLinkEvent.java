package app.ponte.privilege;

/** What can happen to a display link. Its token, and the token's hash, are never part of the record. */
public sealed interface DisplayLinkEvent permits DisplayLinkCreated, DisplayLinkRevoked {

    DisplayLinkId linkId();
}
