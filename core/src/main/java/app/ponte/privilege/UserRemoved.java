package app.ponte.privilege;

/** The user no longer exists; {@code reason} says why (such as a creation that lost a race for its name). */
public record UserRemoved(UserId userId, String reason) implements UserEvent {
}
