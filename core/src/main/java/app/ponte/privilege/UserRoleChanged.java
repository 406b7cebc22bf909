package app.ponte.privilege;

/** The role the user acts in from now on. */
public record UserRoleChanged(UserId userId, String role) implements UserEvent {
}
