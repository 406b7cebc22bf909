package app.ponte.privilege;

/** A feed address that reads the agenda as {@code ownerUserId}, with the owner's role and programs of each poll. */
public record CalendarLinkCreated(CalendarLinkId linkId, UserId ownerUserId) implements CalendarLinkEvent {
}
