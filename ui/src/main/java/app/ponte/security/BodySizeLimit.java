package app.ponte.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies over {@value #MAX_BYTES} bytes up front. Bodies sent without a length (chunked) are
 * refused too: every API client knows the length of the JSON it sends.
 */
class BodySizeLimit extends OncePerRequestFilter {

    static final int MAX_BYTES = 64 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean hasBody = length > 0 || request.getHeader("Transfer-Encoding") != null;
        if (hasBody && (length < 0 || length > MAX_BYTES)) {
            Problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "too-large",
                    "The request body must be at most " + MAX_BYTES + " bytes, with a Content-Length");
            return;
        }
        chain.doFilter(request, response);
    }
}
