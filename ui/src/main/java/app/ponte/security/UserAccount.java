package app.ponte.security;

import app.ponte.program.ProgramId;
import java.util.Set;

/** A user as stored: the password only as its Argon2 hash. */
public record UserAccount(String userId, String username, String passwordHash, Role role, Set<ProgramId> programs,
        boolean enabled) {

    public UserAccount {
        programs = Set.copyOf(programs);
    }

    public Caller asCaller(app.ponte.shared.Source source) {
        return new Caller(userId, username, role, programs, role.seesEveryProgram(), source);
    }

    @Override
    public String toString() {
        // Records print every component; the hash must never reach a log.
        return "UserAccount[" + userId + ", " + username + ", " + role + (enabled ? "" : ", disabled") + "]";
    }
}
