package app.ponte.privilege;

/** Everything that can happen to a user's access. None carries a password or its hash. */
public sealed interface UserEvent permits UserCreated, UserRoleChanged, UserProgramsChanged, UserDisabled,
        UserEnabled, UserRemoved {

    UserId userId();
}
