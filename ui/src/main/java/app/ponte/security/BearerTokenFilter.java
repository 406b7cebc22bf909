package app.ponte.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests by their {@code Authorization: Bearer} token, and limits each token's rate. A request
 * without a token goes on unauthenticated and is refused by the chain's rules; a wrong token is refused here.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final RateLimiter perToken;
    private final RateLimiter perAddress;

    BearerTokenFilter(ApiTokens tokens, RateLimiter perToken, RateLimiter perAddress) {
        this.tokens = tokens;
        this.perToken = perToken;
        this.perAddress = perAddress;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        // Guessing tokens is slowed per address before any lookup happens.
        if (!perAddress.tryAcquire(request.getRemoteAddr())) {
            tooMany(response, perAddress);
            return;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "Send a personal API token as Authorization: Bearer <token>");
            return;
        }
        var authenticated = tokens.authenticate(header.substring(7).strip());
        if (authenticated.isEmpty()) {
            Problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "The API token is unknown or revoked");
            return;
        }
        if (!perToken.tryAcquire(authenticated.get().token().tokenId())) {
            tooMany(response, perToken);
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(authenticated.get().caller()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void tooMany(HttpServletResponse response, RateLimiter limiter) throws IOException {
        response.setHeader("Retry-After", String.valueOf(limiter.secondsUntilNext()));
        Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                "Too many requests; slow down and retry later");
    }

    /** An API call's authentication: its principal is the {@link Caller} the token acts as. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final Caller caller;

        TokenAuthentication(Caller caller) {
            super(List.of(new SimpleGrantedAuthority(caller.role().authority())));
            this.caller = caller;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return caller;
        }
    }
}
