package app.ponte.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Counts every sign-in and failure in the {@link SignInLog}; the wrong passwords counted there are what the
 * {@link SignInThrottle} slows. A failure for a user name nobody has is counted under no name: those names are the
 * sender's choice, and keeping each would let anyone fill the log.
 */
class SignInEvents {

    private final UserDirectory users;
    private final SignInLog log;

    SignInEvents(UserDirectory users, SignInLog log) {
        this.users = users;
        this.log = log;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        var authentication = event.getAuthentication();
        // Token-authenticated API calls are not sign-ins; only the form sign-in publishes through here.
        if (authentication.getPrincipal() instanceof PonteUserDetails user) {
            log.record(user.getUsername(), "SIGNED_IN", remoteAddress(authentication));
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        var authentication = event.getAuthentication();
        String username = String.valueOf(authentication.getPrincipal());
        String outcome = "FAILED";
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            outcome = "BAD_CREDENTIALS";
        } else if (event instanceof AuthenticationFailureDisabledEvent) {
            outcome = "DISABLED";
        }
        log.record(users.byUsername(username).isPresent() ? username : SignInLog.ANYONE, outcome,
                remoteAddress(authentication));
    }

    private static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
    }
}
