package app.ponte.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows sign-in attempts before any password is hashed: each address may try {@code ponte.sign-in.rate-limit}
 * times a minute, and after {@link #WRONG_PASSWORDS} wrong passwords for one user name within a
 * {@link SignInLog#BUCKET} or two, that address may not try that user name again until they age out. No account is
 * ever locked: an attacker elsewhere cannot keep a user, an administrator included, out, and the user's API tokens
 * are never refused for it. Refused attempts are counted in the {@link SignInLog}, not stored one by one.
 */
class SignInThrottle extends OncePerRequestFilter {

    static final int WRONG_PASSWORDS = 5;

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
        String address = request.getRemoteAddr();
        if (!perAddress.tryAcquire(address)) {
            refuse(response, address, perAddress.secondsUntilNext(),
                    "Too many sign-in attempts from this address; wait a minute and try again");
            return;
        }
        String username = request.getParameter("username");
        if (username != null && log.failures(username, address) >= WRONG_PASSWORDS) {
            refuse(response, address, SignInLog.BUCKET.toSeconds(),
                    "Too many wrong passwords for this user from this address; try again later");
            return;
        }
        chain.doFilter(request, response);
    }

    // The user name of a refused attempt is the sender's choice: it is not kept, so it cannot fill the log.
    private void refuse(HttpServletResponse response, String address, long retryAfter, String message)
            throws IOException {
        log.record(SignInLog.ANYONE, "THROTTLED", address);
        response.setHeader("Retry-After", String.valueOf(retryAfter));
        Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", message);
    }
}
