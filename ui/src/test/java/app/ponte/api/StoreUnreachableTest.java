package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.PonteApplication;
import app.ponte.security.ApiTokens;
import app.ponte.security.Role;
import app.ponte.security.UserDirectory;
import app.ponte.store.MongoStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A node whose MongoDB goes away: the API says so with a 503 problem instead of a redirect to the sign-in page, and
 * the node still stops promptly. The bounds are the issue's promises (a few seconds; shutdown within 10 s).
 */
class StoreUnreachableTest {

    private static final Logger log = LoggerFactory.getLogger(StoreUnreachableTest.class);

    @TempDir
    Path secrets;

    @Test
    void aLostStoreAnswers503ProblemsAndTheNodeStillStopsWithinTenSeconds() throws Exception {
        MongoStore mongo = MongoStore.inMemory("ponte");
        // A second application in this JVM installs its own security-context strategy in Spring Security's static
        // holder (Vaadin's); the shared test server's filter chain keeps the one it was built with, so without the
        // old strategy put back every later API request of the shared server would lose its authentication.
        var sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
        try {
            runsAndStops(mongo);
        } finally {
            SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
        }
    }

    private void runsAndStops(MongoStore mongo) throws Exception {
        var context = new SpringApplicationBuilder(PonteApplication.class).run(
                "--server.port=0",
                "--ponte.mongodb.uri=" + mongo.embeddedConnectionString(),
                "--ponte.kek-file=" + secrets.resolve("ponte.kek"),
                "--ponte.demo.enabled=false",
                "--vaadin.launch-browser=false");
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        var user = context.getBean(UserDirectory.class).create("officer", "a long enough password", Role.ADMINISTRATOR,
                List.of());
        String token = context.getBean(ApiTokens.class).issue(user.userId(), "tests", Role.ADMINISTRATOR, Set.of())
                .secret();
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/programs"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).GET().build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        mongo.close();

        long started = System.nanoTime();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        log.info("Answered {} in {} ms with the store gone", response.statusCode(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.body()).contains("store-unavailable").contains("cannot be reached");

        var commandRequest = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/commands/create-program"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        assertThat(http.send(commandRequest, HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("not a redirect to the sign-in page").isNotEqualTo(302);

        long stopping = System.nanoTime();
        var stopped = CompletableFuture.runAsync(context::close);
        stopped.get(10, TimeUnit.SECONDS);
        log.info("Stopped in {} ms with the store gone", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping));
    }
}
