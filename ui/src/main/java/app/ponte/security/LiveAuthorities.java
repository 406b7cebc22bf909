package app.ponte.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Replaces, on every request of a signed-in session, the authorities fixed at sign-in with the user's current role
 * from the {@link UserDirectory}: Vaadin's view annotations and every other check of the request then see the role
 * the user has now, not the one they signed in with. A user removed or disabled since has their session ended here.
 * Vaadin's server round trips (and the push connection's requests) pass through this filter too; a screen whose
 * role changed is reloaded by {@link LiveUiAccess} so that its view's access is decided again.
 * <p>
 * The user is read at most every {@link #FRESH} per user, so a burst of requests costs one lookup; a change is
 * seen within that time on every instance, since nothing but the shared store is asked.
 */
class LiveAuthorities extends OncePerRequestFilter {

    /** How long one reading of a user stands for every request of theirs. */
    static final Duration FRESH = Duration.ofMillis(250);

    /** Set on the HTTP session when the role changed, so that the session's open screens are reloaded. */
    static final String CHANGED = LiveAuthorities.class.getName() + ".changed";

    private final UserDirectory users;
    private final Clock clock;
    private final ConcurrentHashMap<String, Reading> readings = new ConcurrentHashMap<>();

    private record Reading(Optional<UserAccount> account, long at) {}

    LiveAuthorities(UserDirectory users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PonteUserDetails signedIn) {
            var current = current(signedIn.userId()).filter(UserAccount::enabled);
            if (current.isEmpty()) {
                end(request);
            } else if (current.get().role() != signedIn.role()
                    || !current.get().username().equals(signedIn.username())) {
                replace(request, authentication, signedIn, current.get());
            }
        }
        chain.doFilter(request, response);
    }

    private Optional<UserAccount> current(String userId) {
        long now = clock.millis();
        if (readings.size() > 10_000) {
            readings.clear();
        }
        return readings.compute(userId, (id, reading) -> reading != null && now - reading.at() < FRESH.toMillis()
                ? reading : new Reading(users.byId(id), now)).account();
    }

    /* The request goes on as nobody: the chain's rules send it to the sign-in page. */
    private static void end(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private static void replace(HttpServletRequest request, Authentication old, PonteUserDetails signedIn,
            UserAccount now) {
        var details = new PonteUserDetails(signedIn.userId(), now.username(), signedIn.passwordHash(), now.role(),
                true, false);
        var fresh = UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
        fresh.setDetails(old.getDetails());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(fresh);
        SecurityContextHolder.setContext(context);
        var session = request.getSession(false);
        if (session != null) {
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            session.setAttribute(CHANGED, Boolean.TRUE);
        }
    }
}
