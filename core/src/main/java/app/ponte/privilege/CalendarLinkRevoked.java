package app.ponte.privilege;

public record CalendarLinkRevoked(CalendarLinkId linkId, UserId ownerUserId) implements CalendarLinkEvent {
}
