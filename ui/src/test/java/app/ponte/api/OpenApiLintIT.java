package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the running application serves, checked by an independent validator: Redocly's linter with
 * its recommended rules, pinned in {@code tools/openapi-lint} (bin/test installs it). Any error fails the build; a
 * missing linter fails it too, rather than letting the check pass unseen.
 */
class OpenApiLintIT {

    private static final Path TOOLS = Path.of("..", "tools", "openapi-lint").toAbsolutePath().normalize();

    @Test
    void theServedDocumentHasNoLintErrors() throws IOException, InterruptedException {
        assertThat(TOOLS.resolve("node_modules/.bin/redocly"))
                .as("the linter; run `npm ci` in tools/openapi-lint (bin/test does)").isExecutable();
        var server = PonteServer.get();
        var served = new ApiClient(server.port, null).get("/api/v1/openapi.json");
        assertThat(served.statusCode()).isEqualTo(200);
        Path folder = Files.createDirectories(Path.of("target", "openapi").toAbsolutePath());
        Path document = folder.resolve("openapi.json");
        Files.writeString(document, served.body(), StandardCharsets.UTF_8);
        Path report = folder.resolve("lint.json");

        var lint = new ProcessBuilder("npx", "--no-install", "redocly", "lint", "--format=json",
                "--config", TOOLS.resolve("redocly.yaml").toString(), document.toString())
                .directory(TOOLS.toFile())
                .redirectOutput(report.toFile())
                .redirectError(folder.resolve("lint.log").toFile())
                .start();
        assertThat(lint.waitFor(180, TimeUnit.SECONDS)).as("the linter finished").isTrue();

        var result = new ObjectMapper().readTree(report.toFile());
        var totals = result.path("totals");
        String summary = totals.path("errors").asInt() + " errors and " + totals.path("warnings").asInt()
                + " warnings (see " + report + ")";
        assertThat(totals.isMissingNode()).as("a report from the linter in " + report).isFalse();
        assertThat(totals.path("errors").asInt()).as(summary).isZero();
        var warnings = new java.util.ArrayList<String>();
        result.path("problems").forEach(problem -> warnings.add(problem.path("ruleId").asText()));
        // The one warning left: the project states no license, and the document should not invent one.
        assertThat(warnings).as(summary).allMatch("info-license"::equals);
    }
}
