package app.ponte.security;

import app.ponte.access.ProgramLookup;
import app.ponte.program.ProgramId;
import app.ponte.shared.Source;
import java.util.Set;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller of the request being served, read from the security context. A signed-in user's role and programs are
 * read afresh from the directory each time, so an administrator's change applies to open sessions at once.
 */
public class CurrentCaller {

    private final UserDirectory users;
    private final ProgramLookup programs;

    public CurrentCaller(UserDirectory users, ProgramLookup programs) {
        this.users = users;
        this.programs = programs;
    }

    /**
     * The programs a listing query should carry as its {@code programs} scope for the current caller: their own, or
     * every program for an administrator. Empty when nobody is signed in.
     */
    public Set<ProgramId> programScope() {
        return current().map(caller -> caller.everyProgram() ? programs.programs() : caller.programs())
                .orElse(Set.of());
    }

    /**
     * Empty when nobody is signed in on this thread: the application itself at work (start-up, demo data), or a
     * thread outside any request or UI session. Every web request, UI or API, passes the sign-in filters first, so a
     * request never arrives here without a caller; commands accept an empty caller as the application, queries are
     * refused (see {@link ScopedQueryGateway}).
     */
    public Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof Caller caller) {
            return Optional.of(caller);
        }
        if (authentication.getPrincipal() instanceof PonteUserDetails details) {
            // A user removed or disabled since signing in acts as nobody with no programs: refused everywhere.
            return Optional.of(users.byId(details.userId())
                    .filter(UserAccount::enabled)
                    .map(user -> user.asCaller(Source.UI))
                    .orElseGet(() -> new Caller(details.userId(), details.getUsername(), Role.VIEWER,
                            Set.of(), false, Source.UI)));
        }
        // Anonymous visitors (the sign-in page) are callers without rights.
        return Optional.of(new Caller("anonymous", "anonymous", Role.VIEWER, Set.of(), false, Source.UI));
    }
}
