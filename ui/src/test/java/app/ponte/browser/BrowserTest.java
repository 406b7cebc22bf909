package app.ponte.browser;

import app.ponte.mission.MissionId;
import app.ponte.program.ProgramId;
import app.ponte.shared.OutcomeId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Real browsers on the whole running application: a fresh store holding the demo data, an administrator to sign in
 * as, and headless Chromiums that are closed after each test. Every browser test shares one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    protected static final String ADMINISTRATOR = "administrator";
    protected static final String PASSWORD = "a password for the browser tests";

    // One folder per test run rather than a @TempDir: the shared application outlives each test class.
    private static final Path STORE = Path.of("target", "browser-tests", UUID.randomUUID().toString());

    @DynamicPropertySource
    static void freshStore(DynamicPropertyRegistry properties) {
        properties.add("ponte.mongodb.uri", () -> "");
        properties.add("ponte.data-dir", () -> STORE.resolve("store").toString());
        properties.add("ponte.admin.username", () -> ADMINISTRATOR);
        properties.add("ponte.admin.password", () -> PASSWORD);
    }

    /** The id the demo data gives the record it names, such as {@code "program:miur-italy-china"}. */
    public static UUID demoId(String name) {
        return UUID.nameUUIDFromBytes(("ponte-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }

    public static final ProgramId DEMO_PROGRAM = new ProgramId(demoId("program:miur-italy-china"));
    public static final MissionId DEMO_MISSION = new MissionId(demoId("mission:alisei-shanghai-2017"));
    /** The demo's outcome of the meeting at Fudan University, a collaboration opportunity. */
    public static final OutcomeId DEMO_OUTCOME = new OutcomeId(demoId("outcome:fudan-collaboration"));
    protected static final String DEMO_PROGRAM_NAME =
            "Italy–China research and innovation internationalization program";

    /** For a test to set up the records it works on, as the application itself would. */
    @Autowired
    protected CommandGateway commands;

    @LocalServerPort
    private int port;

    @TempDir
    Path profiles;

    private final List<Chromium> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Chromium::close);
        browsers.clear();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    protected String url(String path) {
        return base() + "/" + path;
    }

    /** A browser with a profile of its own, signed in as the administrator, showing the given path. */
    protected Chromium openSignedIn(String name, String path, int width, int height, Duration patience) {
        var browser = Chromium.open(profiles.resolve(name), width, height, patience);
        browsers.add(browser);
        browser.signIn(base(), ADMINISTRATOR, PASSWORD);
        browser.driver().get(url(path));
        return browser;
    }
}
