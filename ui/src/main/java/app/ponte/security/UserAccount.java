package app.ponte.security;

import app.ponte.program.ProgramId;
import java.time.Instant;
import java.util.Set;

/** A user as stored: the password only as its Argon2 hash. */
public record UserAccount(String userId, String username, String passwordHash, Role role, Set<ProgramId> programs,
        boolean enabled, int failedSignIns, Instant lockedUntil) {

    public UserAccount {
        programs = Set.copyOf(programs);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Caller asCaller(app.ponte.shared.Source source) {
        return new Caller(userId, username, role, programs, role.seesEveryProgram(), source);
    }
}
