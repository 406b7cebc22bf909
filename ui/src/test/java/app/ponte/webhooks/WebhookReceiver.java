package app.ponte.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/** A local endpoint on a random port that keeps every request, and answers 200, or 503 while it is "down". */
final class WebhookReceiver implements AutoCloseable {

    record Received(String path, String id, String timestamp, String signature, String body, Instant at, int status) {}

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private volatile boolean down;
    private volatile Predicate<Received> refuse = r -> false;
    private volatile Duration delay = Duration.ZERO;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            var path = exchange.getRequestURI().getPath();
            var probe = new Received(path, headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"), body, Instant.now(), 0);
            try {
                if (!delay.isZero()) {
                    Thread.sleep(delay.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int status;
            synchronized (received) {
                status = down || refuse.test(probe) ? 503 : 200;
                received.add(new Received(probe.path(), probe.id(), probe.timestamp(), probe.signature(),
                        probe.body(), probe.at(), status));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void down(boolean down) {
        this.down = down;
    }

    void refuse(Predicate<Received> refuse) {
        this.refuse = refuse;
    }

    void delay(Duration delay) {
        this.delay = delay;
    }

    /** Every request so far, in the order they arrived. */
    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    List<Received> received(String path) {
        return received().stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
