package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.security.Role;
import app.ponte.security.SignInLog;
import app.ponte.security.UserDirectory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sign-in form is protected against login CSRF: a POST to /login without the token its page gave the browser's
 * session is refused and signs nobody in, while the form posted with it signs in. Over real HTTP, with cookies, as a
 * browser (or a foreign page making one post) would send it.
 */
class SignInCsrfTest {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]+)\"");

    private static PonteServer server;

    @BeforeAll
    static void start() {
        server = PonteServer.get();
    }

    private record Page(String parameter, String token) {}

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.port + path);
    }

    private static Page signInPage(HttpClient browser) throws Exception {
        var page = browser.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        String parameter = null;
        String token = null;
        var found = META.matcher(page.body());
        while (found.find()) {
            if (found.group(1).equals("_csrf")) {
                token = found.group(2);
            } else {
                parameter = found.group(2);
            }
        }
        assertThat(token).as("the sign-in page carries the session's CSRF token").isNotBlank();
        return new Page(parameter, token);
    }

    private static HttpResponse<String> post(HttpClient browser, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(String username, String password) {
        return "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }

    private static List<String> outcomes(String username) {
        return server.bean(SignInLog.class).of(username).stream().map(SignInLog.Attempt::outcome).toList();
    }

    @Test
    void aSignInPostedWithoutTheTokenIsRefusedAndSignsNobodyIn() throws Exception {
        server.bean(UserDirectory.class).create("csrf-target", "the target's own password", Role.VIEWER, List.of());

        // A foreign page posts the form: the browser has a session with Ponte but the page cannot read its token.
        var browser = browser();
        signInPage(browser);
        var forged = post(browser, form("csrf-target", "the target's own password"));
        var fresh = post(browser(), form("csrf-target", "the target's own password"));
        var guessed = post(browser, form("csrf-target", "the target's own password") + "&_csrf=guessed");

        for (var refused : List.of(forged, fresh, guessed)) {
            // Spring answers 403; the servlet container's error dispatch, made for nobody signed in, sends the
            // browser back to the empty sign-in form (a wrong password would add ?error, a sign-in leave /login).
            if (refused.statusCode() != 403) {
                assertThat(refused.statusCode()).isEqualTo(302);
                assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(location ->
                        assertThat(location).endsWith("/login"));
            }
        }
        assertThat(outcomes("csrf-target")).doesNotContain("SIGNED_IN");
    }

    @Test
    void theFormPostedWithItsPagesTokenSignsIn() throws Exception {
        server.bean(UserDirectory.class).create("csrf-user", "the user's own password", Role.VIEWER, List.of());
        var browser = browser();
        var page = signInPage(browser);

        var answer = post(browser, form("csrf-user", "the user's own password") + "&"
                + URLEncoder.encode(page.parameter(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(page.token(), StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).doesNotContain("error").doesNotContain("/login"));
        assertThat(outcomes("csrf-user")).contains("SIGNED_IN");
    }
}
