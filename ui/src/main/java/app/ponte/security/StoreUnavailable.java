package app.ponte.security;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The data store cannot be reached: no server answered within the driver's timeouts, or the connection broke. That is
 * the service being unavailable (503, try again), not a fault of the request, and it must not turn into a redirect to
 * the sign-in page because the sign-in's own lookups failed too. As a filter it answers for every failure that
 * escapes the API's chain, the token lookup included.
 */
public final class StoreUnavailable extends OncePerRequestFilter {

    static final String DETAIL = "The data store cannot be reached right now; nothing was changed. Try again shortly";
    private static final String RETRY_AFTER_SECONDS = "5";

    /** Whether {@code failure}, or anything it wraps, says the store could not be reached. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MongoTimeoutException || cause instanceof MongoSocketException) {
                return true;
            }
        }
        return false;
    }

    public static ProblemDetail problem() {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", DETAIL);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!causedBy(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            Problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", DETAIL);
        }
    }
}
