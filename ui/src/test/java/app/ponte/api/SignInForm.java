package app.ponte.api;

import jakarta.servlet.Filter;
import jakarta.servlet.http.MappingMatch;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.mock.web.MockHttpServletMapping;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.context.WebApplicationContext;

/**
 * What a browser holds before it posts the sign-in form: the CSRF token the sign-in page gave its session, taken
 * here the way the page takes it, from a GET of /login through the security filters.
 */
final class SignInForm {

    private SignInForm() {
    }

    /** Adds the session's CSRF token to a sign-in POST about to be sent with {@code session}. */
    static void addToken(PonteServer server, MockHttpSession session, MockHttpServletRequest post) throws Exception {
        var servletContext = ((WebApplicationContext) server.context).getServletContext();
        var page = new MockHttpServletRequest(servletContext, "GET", "/login");
        page.setServletPath("/login");
        page.setHttpServletMapping(new MockHttpServletMapping("", "/", "dispatcherServlet", MappingMatch.DEFAULT));
        page.setRemoteAddr(post.getRemoteAddr());
        page.setSession(session);
        var token = new AtomicReference<CsrfToken>();
        server.context.getBean("springSecurityFilterChain", Filter.class).doFilter(page, new MockHttpServletResponse(),
                (request, response) -> {
                    var csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
                    // Reading the value is what stores it in the session, as rendering the page does.
                    csrf.getToken();
                    token.set(csrf);
                });
        post.addParameter(token.get().getParameterName(), token.get().getToken());
    }
}
