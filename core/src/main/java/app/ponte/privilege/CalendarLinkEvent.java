package app.ponte.privilege;

/** What can happen to a personal calendar link. Its token, and the token's hash, are never part of the record. */
public sealed interface CalendarLinkEvent permits CalendarLinkCreated, CalendarLinkRevoked {

    CalendarLinkId linkId();
}
