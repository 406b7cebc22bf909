package app.ponte.security;

import app.ponte.shared.Source;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work done for a user who is not signed in on this thread: a calendar app polling its owner's personal link. The
 * user's role, programs and enabled flag are read from the directory at this moment, as every request of a session
 * reads them, and the work runs with that caller in the security context, so the scoped gateways check it exactly
 * as they check the user's own requests.
 */
public final class ActingAs {

    private final UserDirectory users;

    public ActingAs(UserDirectory users) {
        this.users = users;
    }

    /** The user as a caller now; empty when they no longer exist or are disabled. */
    public Optional<Caller> caller(String userId) {
        return users.byId(userId).filter(UserAccount::enabled).map(user -> user.asCaller(Source.API));
    }

    /** Runs {@code work} as {@code caller}, then puts back whatever security context the thread had. */
    public static <T> T run(Caller caller, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new BearerTokenFilter.TokenAuthentication(caller));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
