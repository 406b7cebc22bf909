package app.ponte.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Records every sign-in and failure, and counts wrong passwords towards the lock-out. */
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
            users.recordSuccess(user.getUsername());
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
        } else if (event instanceof AuthenticationFailureLockedEvent) {
            outcome = "LOCKED";
        } else if (event instanceof AuthenticationFailureDisabledEvent) {
            outcome = "DISABLED";
        }
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            users.recordFailure(username);
        }
        log.record(username, outcome, remoteAddress(authentication));
    }

    private static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
    }
}
