package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import jakarta.servlet.http.MappingMatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletMapping;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

/**
 * The screens and the API answer with a content security policy, a referrer policy and a permissions policy; the
 * session id travels in a SameSite cookie only.
 */
class BrowserHeadersTest {

    private static PonteServer server;

    @BeforeAll
    static void start() {
        server = PonteServer.get();
    }

    private static MockHttpServletResponse get(String path) throws Exception {
        var servletContext = ((WebApplicationContext) server.context).getServletContext();
        var request = new MockHttpServletRequest(servletContext, "GET", path);
        request.setServletPath(path);
        request.setHttpServletMapping(new MockHttpServletMapping("", "/", "dispatcherServlet", MappingMatch.DEFAULT));
        var response = new MockHttpServletResponse();
        server.context.getBean("springSecurityFilterChain", Filter.class).doFilter(request, response,
                (req, res) -> { });
        return response;
    }

    @Test
    void theScreensAndTheApiSendTheBrowserHeaders() throws Exception {
        for (String path : new String[] {"/login", "/api/v1/me"}) {
            var response = get(path);
            assertThat(response.getHeader("Content-Security-Policy")).as(path)
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
            assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(response.getHeader("Permissions-Policy")).as(path).contains("camera=()", "geolocation=()");
        }
    }

    @Test
    void theSessionIdTravelsOnlyInASameSiteCookie() {
        var environment = server.context.getEnvironment();
        assertThat(environment.getProperty("server.servlet.session.tracking-modes")).isEqualTo("cookie");
        assertThat(environment.getProperty("server.servlet.session.cookie.same-site")).isEqualTo("lax");
        var servletContext = ((WebApplicationContext) server.context).getServletContext();
        assertThat(servletContext.getEffectiveSessionTrackingModes())
                .containsExactly(jakarta.servlet.SessionTrackingMode.COOKIE);
    }
}
