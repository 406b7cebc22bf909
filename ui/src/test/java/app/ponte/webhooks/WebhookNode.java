package app.ponte.webhooks;

import app.ponte.PonteApplication;
import app.ponte.security.ApiTokens;
import app.ponte.security.Role;
import app.ponte.security.UserDirectory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Ponte of its own for the webhook tests: private addresses allowed (the receiver is on 127.0.0.1), retries in
 * milliseconds rather than minutes. On the embedded store in a folder, or on a shared MongoDB for two nodes.
 */
final class WebhookNode implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final ConfigurableApplicationContext context;
    final int port;
    private String token;

    private WebhookNode(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** @param mongoUri blank for the embedded store in {@code data} */
    static WebhookNode start(Path data, String mongoUri, String... extra) {
        var args = new ArrayList<>(List.of(
                "--server.port=0",
                "--ponte.mongodb.uri=" + mongoUri,
                "--ponte.data-dir=" + data,
                "--ponte.kek-file=" + data.resolve("ponte.kek"),
                "--ponte.demo.enabled=false",
                "--ponte.api.rate-limit.per-minute=1000000",
                "--ponte.webhooks.allow-private-addresses=true",
                "--ponte.webhooks.retry-base=100ms",
                "--ponte.webhooks.retry-cap=400ms",
                "--ponte.webhooks.poll=50ms",
                "--ponte.webhooks.timeout=2s",
                "--ponte.webhooks.lease=5s",
                "--vaadin.launch-browser=false"));
        args.addAll(List.of(extra));
        return new WebhookNode(new SpringApplicationBuilder(PonteApplication.class).run(args.toArray(String[]::new)));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** An administrator's API token on this node (made once). */
    String adminToken() {
        if (token == null) {
            var user = bean(UserDirectory.class).create("hooks-admin-" + System.nanoTime(),
                    "a long enough password for webhooks", Role.ADMINISTRATOR, List.of());
            token = bean(ApiTokens.class).issue(user.userId(), "webhook tests", Role.ADMINISTRATOR, Set.of())
                    .secret();
        }
        return token;
    }

    HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1" + path))
                .header("Authorization", "Bearer " + adminToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1" + path))
                .header("Authorization", "Bearer " + adminToken()).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
