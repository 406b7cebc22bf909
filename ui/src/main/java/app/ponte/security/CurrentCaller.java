package app.ponte.security;

import app.ponte.access.ProgramLookup;
import app.ponte.program.ProgramId;
import app.ponte.shared.Source;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

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
        if (authentication == null) {
            authentication = sessionAuthentication();
        }
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

    /*
     * A screen refreshed by a live update runs in UI.access on a background thread, outside any request, so the
     * security context of the thread is empty; the UI session it works for is current, and Spring Security keeps
     * the signed-in user in that session. Without this, every pushed refresh of an open screen would be refused.
     */
    private static Authentication sessionAuthentication() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return null;
        }
        Object stored = session.getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return stored instanceof SecurityContext context ? context.getAuthentication() : null;
    }
}
