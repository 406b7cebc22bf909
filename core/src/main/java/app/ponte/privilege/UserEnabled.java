package app.ponte.privilege;

public record UserEnabled(UserId userId) implements UserEvent {
}
