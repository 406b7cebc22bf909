package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.audit.AuditFacade;
import app.ponte.audit.AuditFilter;
import app.ponte.security.AccessDenied;
import app.ponte.security.PonteUserDetails;
import app.ponte.security.Role;
import app.ponte.security.UserDirectory;
import jakarta.servlet.Filter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import jakarta.servlet.http.MappingMatch;
import org.springframework.mock.web.MockHttpServletMapping;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.WebApplicationContext;

/**
 * A session signed in through the real sign-in form's filter keeps the role of the moment, not that of sign-in: an
 * administrator demoted while their session is open is no administrator on their next request (within a second),
 * the audit facade refuses a cluster manager demoted to viewer, and a disabled user's session ends.
 */
class RoleChangeInSessionTest {

    private static PonteServer server;
    private static Filter securityChain;

    @BeforeAll
    static void start() {
        server = PonteServer.get();
        securityChain = server.context.getBean("springSecurityFilterChain", Filter.class);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** What the application behind the security filters sees of one request. */
    private record Seen(boolean administrator, boolean viewer, String principal) {}

    private static MockHttpServletRequest request(String method, String path, MockHttpSession session) {
        var servletContext = ((WebApplicationContext) server.context).getServletContext();
        var request = new MockHttpServletRequest(servletContext, method, path);
        request.setServletPath(path);
        // As the server maps it: the application's paths go to Spring's dispatcher at "/".
        request.setHttpServletMapping(new MockHttpServletMapping("", "/", "dispatcherServlet", MappingMatch.DEFAULT));
        request.setRemoteAddr("192.0.2." + (1 + (int) (Math.random() * 200)));
        if (session != null) {
            request.setSession(session);
        }
        return request;
    }

    private static MockHttpSession signIn(String username, String password) throws Exception {
        var session = new MockHttpSession(((WebApplicationContext) server.context).getServletContext());
        var request = request("POST", "/login", session);
        SignInForm.addToken(server, session, request);
        request.addParameter("username", username);
        request.addParameter("password", password);
        var response = new MockHttpServletResponse();
        securityChain.doFilter(request, response, (req, res) -> { });
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .as("signed in (answer %s, %s)", response.getStatus(), response.getRedirectedUrl())
                .isInstanceOf(SecurityContext.class);
        return session;
    }

    private static Seen get(MockHttpSession session) throws Exception {
        var seen = new AtomicReference<Seen>();
        securityChain.doFilter(request("GET", "/admin/users", session), new MockHttpServletResponse(),
                (req, res) -> {
                    var http = (jakarta.servlet.http.HttpServletRequest) req;
                    seen.set(new Seen(http.isUserInRole("ADMINISTRATOR"), http.isUserInRole("VIEWER"),
                            http.getUserPrincipal() == null ? null : http.getUserPrincipal().getName()));
                });
        return seen.get();
    }

    @Test
    void anAdministratorDemotedWhileSignedInIsNoAdministratorWithinASecond() throws Exception {
        var users = server.bean(UserDirectory.class);
        var account = users.create("demoted-admin", "a long enough password", Role.ADMINISTRATOR, List.of());
        var session = signIn("demoted-admin", "a long enough password");
        assertThat(get(session).administrator()).isTrue();

        users.changeRole(account.userId(), Role.VIEWER, List.of());

        Awaitility.await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    var seen = get(session);
                    return seen != null && !seen.administrator() && seen.viewer();
                });
        // The session itself now holds the current role, for Vaadin's checks made outside a request (push).
        var stored = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(stored.getAuthentication().getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_VIEWER");
    }

    @Test
    void aDisabledUsersOpenSessionEndsOnItsNextRequest() throws Exception {
        var users = server.bean(UserDirectory.class);
        var account = users.create("disabled-officer", "a long enough password", Role.PROGRAM_OFFICER,
                List.of(World.first.program()));
        var session = signIn("disabled-officer", "a long enough password");
        assertThat(get(session).principal()).isEqualTo("disabled-officer");

        users.enable(account.userId(), false);

        Awaitility.await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    if (session.isInvalid()) {
                        return true;
                    }
                    var seen = get(session);
                    return seen == null || !"disabled-officer".equals(seen.principal());
                });
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void theAuditFacadeRefusesAClusterManagerDemotedToViewer() {
        var users = server.bean(UserDirectory.class);
        var account = users.create("demoted-auditor", "a long enough password", Role.CLUSTER_MANAGER,
                List.of(World.first.program()));
        var details = new PonteUserDetails(account.userId(), account.username(), account.passwordHash(),
                account.role(), true, false);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        var audit = server.bean(AuditFacade.class);
        var everything = new AuditFilter(null, null, null, null, null);
        assertThat(audit.page(everything, 0, 10).entries()).isNotEmpty();

        // An administrator demotes them elsewhere: the change is sent as nobody's here, since it is recorded as an
        // event and the manager signed in on this thread may not change access.
        var session = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.clearContext();
        users.changeRole(account.userId(), Role.VIEWER, List.of(World.first.program()));
        SecurityContextHolder.getContext().setAuthentication(session);

        assertThatThrownBy(() -> audit.page(everything, 0, 10)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> audit.history(app.ponte.audit.RecordType.MISSION, World.first.mission().toString()))
                .isInstanceOf(AccessDenied.class);
    }
}
