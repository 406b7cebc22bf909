package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.security.ApiTokens;
import app.ponte.security.Role;
import app.ponte.security.SignInLog;
import app.ponte.security.UserDirectory;
import com.mongodb.client.MongoDatabase;
import jakarta.servlet.Filter;
import jakarta.servlet.http.MappingMatch;
import java.util.List;
import java.util.Set;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletMapping;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sign-in abuse: refused attempts are counted, not stored one document each, so a flood cannot fill the store;
 * wrong passwords slow the address they come from, never lock the account, so an administrator someone tried to lock
 * out still signs in, and their API tokens keep working.
 */
class SignInAbuseTest {

    private static PonteServer server;
    private static ProviderManager signIn;

    @BeforeAll
    static void start() {
        server = PonteServer.get();
        var provider = new DaoAuthenticationProvider(server.bean(UserDetailsService.class));
        provider.setPasswordEncoder(server.bean(PasswordEncoder.class));
        signIn = new ProviderManager(provider);
        signIn.setAuthenticationEventPublisher(server.bean(AuthenticationEventPublisher.class));
    }

    private static void attempt(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        signIn.authenticate(token);
    }

    private static long bytes(String collection) {
        long total = 0;
        for (var document : server.bean(MongoDatabase.class).getCollection(collection, RawBsonDocument.class).find()) {
            total += document.getByteBuffer().remaining();
        }
        return total;
    }

    @Test
    void aHundredThousandRefusedSignInsGrowTheStoreByLessThanAMegabyte() {
        var log = server.bean(SignInLog.class);
        long before = bytes("security_sign_ins");

        for (int i = 0; i < 50_000; i++) {
            // What the form's sign-in publishes for a wrong password, for names nobody has.
            var token = UsernamePasswordAuthenticationToken.unauthenticated("guess-" + i, "wrong");
            token.setDetails(new WebAuthenticationDetails("203.0.113.9", null));
            server.context.publishEvent(new AuthenticationFailureBadCredentialsEvent(token,
                    new BadCredentialsException("Bad credentials")));
            // What the throttle records for each attempt it turns away.
            log.record(SignInLog.ANYONE, "THROTTLED", "203.0.113.9");
        }

        long grown = bytes("security_sign_ins") - before;
        assertThat(grown).as("bytes added by 100,000 refused attempts").isLessThan(1_000_000);
        assertThat(log.size()).isLessThanOrEqualTo(SignInLog.MAX_ROWS);
        // Every attempt is counted, in one row per outcome and 15 minutes (the run may straddle two).
        assertThat(log.latest(20).stream().filter(a -> a.remoteAddress().equals("203.0.113.9"))
                .mapToLong(SignInLog.Attempt::count).sum()).isEqualTo(100_000L);
    }

    @Test
    void anAdministratorSomeoneTriedToLockOutStillSignsInAndKeepsTheirTokens() {
        var users = server.bean(UserDirectory.class);
        var admin = users.create("targeted-admin", "the administrator's password", Role.ADMINISTRATOR, List.of());
        var token = server.bean(ApiTokens.class).issue(admin.userId(), "scripts", Role.ADMINISTRATOR, Set.of());

        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> attempt("targeted-admin", "a wrong password", "198.51.100.66"))
                    .isInstanceOf(BadCredentialsException.class);
        }

        attempt("targeted-admin", "the administrator's password", "192.0.2.10");
        assertThat(server.bean(ApiTokens.class).authenticate(token.secret())).isPresent();
        assertThat(server.bean(SignInLog.class).of("targeted-admin")).extracting(SignInLog.Attempt::outcome)
                .contains("SIGNED_IN", "BAD_CREDENTIALS");
    }

    @Test
    void wrongPasswordsSlowTheAddressTheyComeFromNotTheUsersOwn() throws Exception {
        var users = server.bean(UserDirectory.class);
        users.create("slowed-user", "the user's own password", Role.VIEWER, List.of());
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt("slowed-user", "a wrong password", "198.51.100.77"))
                    .isInstanceOf(BadCredentialsException.class);
        }

        var fromTheAttacker = post("slowed-user", "the user's own password", "198.51.100.77");
        var fromTheUser = post("slowed-user", "the user's own password", "192.0.2.20");

        assertThat(fromTheAttacker.getStatus()).isEqualTo(429);
        assertThat(fromTheAttacker.getHeader("Retry-After")).isNotBlank();
        assertThat(fromTheUser.getStatus()).isNotEqualTo(429);
        assertThat(fromTheUser.getRedirectedUrl()).doesNotContain("error");
    }

    private static MockHttpServletResponse post(String username, String password, String address) throws Exception {
        var servletContext = ((WebApplicationContext) server.context).getServletContext();
        var request = new MockHttpServletRequest(servletContext, "POST", "/login");
        request.setServletPath("/login");
        request.setHttpServletMapping(new MockHttpServletMapping("", "/", "dispatcherServlet", MappingMatch.DEFAULT));
        request.setRemoteAddr(address);
        var session = new MockHttpSession(servletContext);
        request.setSession(session);
        SignInForm.addToken(server, session, request);
        request.addParameter("username", username);
        request.addParameter("password", password);
        var response = new MockHttpServletResponse();
        server.context.getBean("springSecurityFilterChain", Filter.class).doFilter(request, response,
                (req, res) -> { });
        return response;
    }
}
