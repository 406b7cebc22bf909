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
    /** An import's upload: a file of up to 10 MB, with room for the multipart envelope and its parameters. */
    static final int IMPORT_MAX_BYTES = 10 * 1024 * 1024 + 64 * 1024;
    static final String IMPORT_PATH = "/api/v1/imports";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean hasBody = length > 0 || request.getHeader("Transfer-Encoding") != null;
        boolean upload = "POST".equals(request.getMethod()) && IMPORT_PATH.equals(request.getRequestURI());
        int limit = upload ? IMPORT_MAX_BYTES : MAX_BYTES;
        if (hasBody && (length < 0 || length > limit)) {
            Problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "too-large", upload
                    ? "An imported file must be at most 10 MB (" + (10 * 1024 * 1024) + " bytes), sent with a "
                            + "Content-Length; split it into smaller files"
                    : "The request body must be at most " + MAX_BYTES + " bytes, with a Content-Length");
            return;
        }
        chain.doFilter(request, response);
    }
}
