package app.ponte.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, read from its WebJar on the test classpath and injected into the page a browser shows, so that a test
 * can ask it what a screen breaks. Nothing is fetched: the script travels inside the test's own request.
 */
public final class Axe {

    private static final String WEBJAR = "META-INF/resources/webjars/axe-core/";
    private static final String POM = "META-INF/maven/org.webjars.npm/axe-core/pom.properties";

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] })
              .then(results => done(JSON.stringify(results.violations.map(v => ({
                  id: v.id, impact: v.impact, help: v.help,
                  nodes: v.nodes.map(n => ({ target: n.target.map(String), html: n.html,
                                             summary: n.failureSummary || '',
                                             related: [...n.any, ...n.all, ...n.none]
                                               .flatMap(check => check.relatedNodes || [])
                                               .map(related => related.html) }))
              })))))
              .catch(error => done(JSON.stringify({ error: String(error) })));
            """;

    private final String script;
    private final String version;

    private Axe(String version, String script) {
        this.version = version;
        this.script = script;
    }

    /** The axe-core the test classpath holds; fails when there is none, rather than letting a test pass unchecked. */
    public static Axe fromClasspath() {
        var loader = Axe.class.getClassLoader();
        try (InputStream pom = loader.getResourceAsStream(POM)) {
            if (pom == null) {
                throw new IllegalStateException("axe-core's WebJar is not on the test classpath");
            }
            var properties = new Properties();
            properties.load(pom);
            var version = properties.getProperty("version");
            try (InputStream source = loader.getResourceAsStream(WEBJAR + version + "/axe.min.js")) {
                if (source == null) {
                    throw new IllegalStateException("axe-core " + version + "'s WebJar holds no axe.min.js");
                }
                return new Axe(version, new String(source.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException cannotRead) {
            throw new UncheckedIOException(cannotRead);
        }
    }

    public String version() {
        return version;
    }

    /** One rule broken on one screen, with every element that breaks it. */
    public record Violation(String rule, String impact, String help, List<Node> nodes) {

        public boolean seriousOrWorse() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        /**
         * Whether this is axe-core 4.6's misreading of Vaadin's own shadow DOM, and nothing else: a grid's table
         * said to own its gridcells directly, or a tab strip said to own its hidden scroll buttons. The newer axe
         * the issue was found with does not report these, and no newer WebJar can be had here; only this rule, only
         * on those two elements, and only with those related nodes is set aside.
         */
        public boolean vaadinShadowMisread() {
            return "aria-required-children".equals(rule) && !nodes.isEmpty() && nodes.stream().allMatch(node ->
                    (node.html().startsWith("<table id=\"table\" role=\"treegrid\"")
                            || node.html().startsWith("<vaadin-tabs "))
                    && !node.related().isEmpty()
                    && node.related().stream().allMatch(related -> related.matches("<td [^>]*role=\"gridcell\".*")
                            || related.matches("<div part=\"(back|forward)-button\" aria-hidden=\"true\"></div>")));
        }

        @Override
        public String toString() {
            var text = new StringBuilder(impact + " " + rule + ": " + help);
            for (var node : nodes) {
                text.append("\n      ").append(String.join(" ", node.target())).append("  ").append(node.html())
                        .append("\n        ").append(node.summary().replace("\n", "\n        "));
                for (var related : node.related()) {
                    text.append("\n        related: ").append(related);
                }
            }
            return text.toString();
        }
    }

    /** One element breaking a rule; {@code related} holds the elements the rule's checks point at besides it. */
    public record Node(List<String> target, String html, String summary, List<String> related) {}

    /** Injects axe-core (once per page) and runs every rule it has on the whole document. */
    @SuppressWarnings("unchecked")
    public List<Violation> check(WebDriver driver) {
        var browser = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object';"))) {
            browser.executeScript(script);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
        var json = (String) browser.executeAsyncScript(RUN);
        Object parsed;
        try {
            parsed = new ObjectMapper().readValue(json, Object.class);
        } catch (IOException malformed) {
            throw new UncheckedIOException(malformed);
        }
        if (parsed instanceof Map<?, ?> failure) {
            throw new IllegalStateException("axe-core failed: " + failure.get("error"));
        }
        var violations = new ArrayList<Violation>();
        for (var entry : (List<Map<String, Object>>) parsed) {
            var nodes = new ArrayList<Node>();
            for (var node : (List<Map<String, Object>>) entry.get("nodes")) {
                nodes.add(new Node((List<String>) node.get("target"), (String) node.get("html"),
                        (String) node.get("summary"), (List<String>) node.get("related")));
            }
            violations.add(new Violation((String) entry.get("id"), (String) entry.get("impact"),
                    (String) entry.get("help"), nodes));
        }
        return violations;
    }
}
