package app.ponte.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The layout's "Sign out", from every screen inside the application: it ends the session (the screen asked for again
 * is answered with the sign-in form), and the signed-in user's name was shown beside it. The header is saved at
 * 1280×800 and 1920×1080 as {@code sign-out-<width>} under target/screenshots.
 */
class SignOutIT extends BrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static Map<String, String> screens() {
        var screens = new LinkedHashMap<String, String>();
        screens.put("meetings", "");
        screens.put("programs", "programs");
        screens.put("dashboard", "programs/" + DEMO_PROGRAM);
        screens.put("missions", "missions");
        screens.put("mission", "missions/" + DEMO_MISSION);
        screens.put("board", "opportunities");
        screens.put("follow-ups", "follow-ups");
        screens.put("directory", "directory");
        screens.put("organization", "organizations/" + demoId("organization:fudan"));
        screens.put("audit", "audit");
        screens.put("users", "admin/users");
        screens.put("display links", "display-links");
        return screens;
    }

    @Test
    void signingOutFromAnyScreenEndsTheSession() {
        var browser = openSignedIn("sign-out", "", 1280, 800, PATIENCE);
        browser.await("#sign-out");
        browser.screenshot("sign-out-1280");
        browser.driver().manage().window().setSize(new Dimension(1920, 1080));
        browser.screenshot("sign-out-1920");
        browser.driver().manage().window().setSize(new Dimension(1280, 800));

        screens().forEach((screen, path) -> {
            browser.driver().get(url(path));
            var name = browser.patiently().until(driver -> {
                var found = driver.findElements(By.id("signed-in-user"));
                return found.isEmpty() || found.get(0).getText().isBlank() ? null : found.get(0).getText();
            });
            assertThat(name).as(screen + ": the signed-in user's name").isEqualTo(ADMINISTRATOR);
            browser.await("#sign-out").click();
            browser.patiently().until(driver -> driver.getCurrentUrl().contains("/login"));

            browser.driver().get(url(path));
            browser.patiently().until(driver -> driver.getCurrentUrl().contains("/login")
                    && !driver.findElements(By.cssSelector("input[name='username']")).isEmpty());
            assertThat(browser.driver().findElements(By.id("sign-out")))
                    .as(screen + ": signed out, the screen is not shown again").isEmpty();

            browser.signIn(url("").replaceAll("/$", ""), ADMINISTRATOR, PASSWORD);
        });
    }
}
