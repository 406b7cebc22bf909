package app.ponte.webhooks;

import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationType;
import app.ponte.organization.RegisterOrganization;
import app.ponte.shared.CountryCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhook delivery throughput and latency to a local receiver (a main class, not a test; see BENCHMARKS.md).
 * Baseline, in the same run: the same number of signed POSTs sent straight to the receiver by 4 threads (the
 * dispatcher's default). Measured: {@code -Dbench.events} (default 500) organizations registered by 4 threads, each
 * one webhook; throughput from the first command to the last receipt, and latency from each command's return to its
 * receipt (p50, p99).
 */
public final class WebhookBenchmark {

    private static final Logger log = LoggerFactory.getLogger(WebhookBenchmark.class);

    private WebhookBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("bench.events", 500);
        try (var receiver = new WebhookReceiver();
                var node = WebhookNode.start(Files.createTempDirectory("ponte-webhook-bench"), "",
                        "--ponte.webhooks.poll=20ms", "--logging.level.root=WARN")) {
            var json = new ObjectMapper();
            var answer = node.post("/webhooks", json.writeValueAsString(Map.of("name", "bench", "url",
                    receiver.url("/bench"), "eventTypes", List.of("OrganizationRegistered"))));
            if (answer.statusCode() != 201) {
                throw new IllegalStateException(answer.body());
            }
            var secret = json.readTree(answer.body()).get("secret").asText();

            double baseline = baseline(receiver.url("/baseline"), secret, events);

            var commands = node.bean(CommandGateway.class);
            var returned = new ConcurrentHashMap<String, Instant>();
            var pool = Executors.newFixedThreadPool(4);
            var start = Instant.now();
            for (int i = 0; i < events; i++) {
                pool.submit(() -> {
                    var id = OrganizationId.random();
                    commands.sendAndWait(new RegisterOrganization(id, "Bench " + id, null, OrganizationType.COMPANY,
                            new CountryCode("IT"), "Torino", null));
                    returned.put(id.toString(), Instant.now());
                });
            }
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.MINUTES);
            var until = Instant.now().plus(Duration.ofMinutes(10));
            while (receiver.received("/bench").stream().filter(r -> r.status() == 200).count() < events) {
                if (Instant.now().isAfter(until)) {
                    throw new IllegalStateException("not everything was delivered");
                }
                Thread.sleep(20);
            }
            var received = receiver.received("/bench");
            var end = received.get(received.size() - 1).at();
            var latencies = new ArrayList<Long>();
            for (var r : received) {
                var id = json.readTree(r.body()).at("/data/organizationId").asText();
                latencies.add(Duration.between(returned.get(id), r.at()).toMillis());
            }
            Collections.sort(latencies);
            double seconds = Duration.between(start, end).toMillis() / 1000.0;
            double rate = events / seconds;
            log.warn(String.format(Locale.ROOT, "%d events: %.0f deliveries/s (baseline, direct signed POSTs: %.0f/s;"
                    + " ratio %.3f); latency command-to-receipt p50 %d ms, p99 %d ms; %d requests for %d events; "
                    + "load average %.2f", events, rate, baseline, rate / baseline, latencies.get(latencies.size() / 2),
                    latencies.get((int) Math.min(latencies.size() - 1, Math.ceil(latencies.size() * 0.99) - 1)),
                    received.size(), events,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        }
        System.exit(0);
    }

    private static double baseline(String url, String secret, int count) throws Exception {
        var http = HttpClient.newHttpClient();
        var pool = Executors.newFixedThreadPool(4);
        var start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int n = i;
            pool.submit(() -> {
                var id = "msg_baseline" + n;
                var body = "{\"type\":\"OrganizationRegistered\",\"data\":{\"n\":" + n + "}}";
                long ts = Instant.now().getEpochSecond();
                var request = HttpRequest.newBuilder(URI.create(url)).header("webhook-id", id)
                        .header("webhook-timestamp", Long.toString(ts))
                        .header("webhook-signature", WebhookSignature.sign(secret, id, ts, body))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
