package app.ponte.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits sign-in attempts per remote address, before any password is hashed: the lock-out protects one account,
 * this protects the server from a flood spread across many accounts.
 */
class SignInThrottle extends OncePerRequestFilter {

    private final RateLimiter perAddress;
    private final SignInLog log;

    SignInThrottle(RateLimiter perAddress, SignInLog log) {
        this.perAddress = perAddress;
        this.log = log;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && request.getServletPath().equals("/login"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!perAddress.tryAcquire(request.getRemoteAddr())) {
            log.record(request.getParameter("username"), "THROTTLED", request.getRemoteAddr());
            response.setHeader("Retry-After", String.valueOf(perAddress.secondsUntilNext()));
            Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                    "Too many sign-in attempts from this address; wait a minute and try again");
            return;
        }
        chain.doFilter(request, response);
    }
}
