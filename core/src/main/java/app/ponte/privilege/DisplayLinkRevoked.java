package app.ponte.privilege;

public record DisplayLinkRevoked(DisplayLinkId linkId) implements DisplayLinkEvent {
}
