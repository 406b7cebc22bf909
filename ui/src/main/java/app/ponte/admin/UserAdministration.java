package app.ponte.admin;

import app.ponte.program.ProgramId;
import app.ponte.security.AccessDenied;
import app.ponte.security.ApiTokens;
import app.ponte.security.CurrentCaller;
import app.ponte.security.Role;
import app.ponte.security.SignInLog;
import app.ponte.security.UserAccount;
import app.ponte.security.UserDirectory;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * What the user administration screen may do. Every call checks that an administrator is signed in, so hiding the
 * screen is not the only guard.
 */
@Service
public class UserAdministration {

    private final UserDirectory users;
    private final ApiTokens tokens;
    private final SignInLog signIns;
    private final CurrentCaller callers;

    UserAdministration(UserDirectory users, ApiTokens tokens, SignInLog signIns, CurrentCaller callers) {
        this.users = users;
        this.tokens = tokens;
        this.signIns = signIns;
        this.callers = callers;
    }

    public List<UserAccount> users() {
        requireAdministrator();
        return users.all();
    }

    public UserAccount create(String username, String password, Role role, Set<ProgramId> programs) {
        requireAdministrator();
        return users.create(username, password, role, programs == null ? Set.of() : programs);
    }

    public void change(String userId, Role role, Set<ProgramId> programs) {
        requireAdministrator();
        users.changeRole(userId, role, programs == null ? Set.of() : programs);
    }

    public void enable(String userId, boolean enabled) {
        requireAdministrator();
        users.enable(userId, enabled);
    }

    public ApiTokens.IssuedToken issueToken(String userId, String label, Role role) {
        requireAdministrator();
        return tokens.issue(userId, label, role, Set.of());
    }

    public List<ApiTokens.TokenInfo> tokensOf(String userId) {
        requireAdministrator();
        return tokens.of(userId);
    }

    public void revoke(String tokenId) {
        requireAdministrator();
        tokens.revoke(tokenId);
    }

    /** A page of the sign-in log, latest first. */
    public List<SignInLog.Attempt> signIns(int offset, int limit) {
        requireAdministrator();
        return signIns.page(offset, limit);
    }

    private void requireAdministrator() {
        var caller = callers.current();
        if (caller.isEmpty() || caller.get().role() != Role.ADMINISTRATOR) {
            throw new AccessDenied("Only an administrator may manage users");
        }
    }
}
