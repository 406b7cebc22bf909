package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.PonteApplication;
import app.ponte.security.ApiTokens;
import app.ponte.security.Role;
import app.ponte.security.UserDirectory;
import app.ponte.store.MongoStore;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * With {@code management.server.port} set, the actuator is served there, open, and no longer on the application's
 * port; readiness there turns DOWN within its short timeout when the store goes away.
 */
class ManagementPortTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path secrets;

    @Test
    void theActuatorMovesToTheManagementPortWhereItIsOpenAndReadinessSeesALostStoreQuickly() throws Exception {
        var sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
        MongoStore mongo = MongoStore.inMemory("ponte");
        int management;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            management = socket.getLocalPort();
        }
        var context = new SpringApplicationBuilder(PonteApplication.class).run(
                "--server.port=0",
                "--management.server.port=" + management,
                "--ponte.mongodb.uri=" + mongo.embeddedConnectionString(),
                "--ponte.kek-file=" + secrets.resolve("ponte.kek"),
                "--ponte.demo.enabled=false",
                "--vaadin.launch-browser=false");
        try {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var user = context.getBean(UserDirectory.class).create("operator", "a long enough password",
                    Role.ADMINISTRATOR, List.of());
            String token = context.getBean(ApiTokens.class).issue(user.userId(), "tests", Role.ADMINISTRATOR,
                    Set.of()).secret();

            var metrics = get(management, "/actuator/prometheus", null);
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("jvm_memory_used_bytes", "ponte_events_head");
            assertThat(get(management, "/actuator/info", null).statusCode()).isEqualTo(200);
            var health = get(management, "/actuator/health", null);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).doesNotContain("\"store\"");
            assertThat(get(management, "/actuator/health", token).body()).contains("\"store\"", "\"processors\"");

            var onTheAppPort = get(port, "/actuator/prometheus", token);
            assertThat(onTheAppPort.body()).doesNotContain("jvm_memory_used_bytes");
            assertThat(get(port, "/actuator/prometheus", null).statusCode()).isEqualTo(401);

            mongo.close();
            long started = System.nanoTime();
            var readiness = get(management, "/actuator/health/readiness", null);
            long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
            assertThat(tookMillis).as("readiness answered in ms with the store gone").isLessThan(5_000);
            assertThat(get(management, "/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        } finally {
            context.close();
            mongo.close();
            SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
        }
    }

    private static HttpResponse<String> get(int port, String path, String token) throws IOException,
            InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
