package app.ponte.privilege;

public record UserDisabled(UserId userId) implements UserEvent {
}
