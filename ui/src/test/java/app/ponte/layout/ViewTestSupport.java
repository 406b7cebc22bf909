package app.ponte.layout;

import app.ponte.security.UiSignIn;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Browserless view tests on the whole running application (Karibu-Testing): the store is fresh for this test run
 * and holds the demo mission, and all view tests share one application context.
 */
@SpringBootTest
public abstract class ViewTestSupport {

    // One folder per test run rather than a @TempDir: the shared context outlives each test class.
    private static final Path STORE = Path.of("target", "view-tests", UUID.randomUUID().toString());

    public static final String DEMO_MISSION = demoId("mission:alisei-shanghai-2017").toString();
    public static final String DEMO_PROGRAM = demoId("program:miur-italy-china").toString();

    @DynamicPropertySource
    static void freshStore(DynamicPropertyRegistry properties) {
        properties.add("ponte.mongodb.uri", () -> "");
        properties.add("ponte.data-dir", STORE::toString);
        properties.add("ponte.admin.username", () -> "administrator");
        properties.add("ponte.admin.password", () -> "a password for the view tests");
        properties.add("ponte.public-base-url", () -> "https://ponte.example.org");
    }

    @Autowired
    private ApplicationContext context;

    /** Opens a simulated browser that knows the given routes (discovery skips package-private ones). */
    @SafeVarargs
    protected final void openBrowser(Class<? extends Component>... routes) {
        openBrowserAs("administrator", routes);
    }

    /** As {@link #openBrowser}, signed in as the given user. */
    @SafeVarargs
    protected final void openBrowserAs(String username, Class<? extends Component>... routes) {
        UiSignIn.as(context, username);
        var known = new Routes(Set.of(routes), new HashSet<>(), true);
        known.getErrorRoutes().add(NotFoundView.class);
        known.getErrorRoutes().add(DeniedAsNotFoundView.class);
        known.getErrorRoutes().add(UnexpectedErrorView.class);
        MockVaadin.setup(UI::new, new MockSpringServlet(known, context, UI::new));
    }

    @AfterEach
    void closeBrowser() {
        MockVaadin.tearDown();
        UiSignIn.out();
    }

    /** Updates arrive from other threads; the UI applies them when the client calls, as it does here. */
    protected static void awaitUi(String what, BooleanSupplier condition) {
        var deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            MockVaadin.clientRoundtrip();
            if (condition.getAsBoolean()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
    }

    private static UUID demoId(String name) {
        return UUID.nameUUIDFromBytes(("ponte-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** An empty screen inside the main layout, so the layout can be looked at alone, or another screen left. */
    @com.vaadin.flow.router.Route(value = "probe", layout = MainLayout.class)
    @jakarta.annotation.security.PermitAll
    public static class MainLayoutProbe extends com.vaadin.flow.component.html.Div {
    }
}
