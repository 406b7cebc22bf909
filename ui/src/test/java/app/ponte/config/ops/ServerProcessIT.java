package app.ponte.config.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar as an operator runs it, in processes of its own: {@code token create} issues the first token
 * without a server; the server started on the same data folder accepts it, its embedded store is read by pymongo on
 * the fixed port, and a SIGTERM while commands are under way stops it within 10 s, every command answered 200
 * being in the store after a restart and every other one refused without being stored.
 */
class ServerProcessIT {

    private static final Path JAR = Path.of("target", "ponte.jar").toAbsolutePath();
    private static final String PASSWORD = "a long enough passphrase";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        for (Process process : started) {
            process.destroyForcibly();
        }
    }

    private record Run(int exit, String out, String err) {}

    private Run tokenCreate(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString(), "token", "create"));
        command.addAll(List.of(options));
        command.addAll(List.of("--data-dir", data.toString()));
        var builder = new ProcessBuilder(command);
        cleanEnvironment(builder.environment());
        builder.environment().put("PONTE_ADMIN_PASSWORD", PASSWORD);
        Path out = Files.createTempFile(data.getParent(), "out", ".txt");
        Path err = Files.createTempFile(data.getParent(), "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        started.add(process);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("token create finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void theFirstTokenFromTheCommandLineWorksAgainstTheServerWhichStopsGracefullyOnSigterm() throws Exception {
        assertThat(JAR).exists();
        var issued = tokenCreate("--user", "admin", "--role", "ADMINISTRATOR", "--label", "ci");
        assertThat(issued.exit()).as(issued.err()).isZero();
        assertThat(issued.out()).matches("ponte_[A-Za-z0-9_-]{43}\\n");
        assertThat(issued.err()).contains("Created the first administrator, admin").doesNotContain(issued.out().strip());
        String token = issued.out().strip();

        var unknown = tokenCreate("--user", "nobody", "--label", "ci");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).contains("There is no user nobody");
        var badRole = tokenCreate("--user", "admin", "--role", "ROOT", "--label", "ci");
        assertThat(badRole.exit()).isEqualTo(2);
        assertThat(badRole.err()).contains("--role must be one of");

        int port = freePort();
        int storePort = freePort();
        Process server = startServer(port, storePort);
        awaitReady(port, server);
        var me = get(port, "/api/v1/me", token);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains("\"admin\"").contains("ADMINISTRATOR");
        assertThat(count(storePort, "security_users")).isEqualTo(1);
        assertThat(count(storePort, "security_api_tokens")).isGreaterThanOrEqualTo(1);

        // Commands from several clients, until and after the SIGTERM.
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch someAnswered = new CountDownLatch(20);
        ExecutorService clients = Executors.newFixedThreadPool(6);
        for (int c = 0; c < 6; c++) {
            clients.submit(() -> {
                while (!stop.get()) {
                    String id = UUID.randomUUID().toString();
                    int status;
                    try {
                        status = post(port, "/api/v1/commands/register-organization", token,
                                "{\"organizationId\": \"" + id + "\", \"name\": \"Organization " + id + "\", "
                                        + "\"type\": \"COMPANY\", \"country\": \"IT\", \"city\": \"Torino\"}")
                                .statusCode();
                    } catch (IOException e) {
                        status = -1;
                    }
                    answers.put(id, status);
                    someAnswered.countDown();
                    if (status == -1) {
                        sleep(50);
                    }
                }
            });
        }
        assertThat(someAnswered.await(60, TimeUnit.SECONDS)).isTrue();
        long signalled = System.nanoTime();
        server.destroy(); // SIGTERM
        boolean exited = server.waitFor(20, TimeUnit.SECONDS);
        long tookMillis = (System.nanoTime() - signalled) / 1_000_000;
        stop.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(exited).as("exited after SIGTERM").isTrue();
        assertThat(tookMillis).as("milliseconds from SIGTERM to exit").isLessThan(10_000);
        assertThat(server.exitValue()).as("exit status after SIGTERM").isIn(0, 143);
        assertThat(Set.copyOf(answers.values())).as("answers: 200, 503 or no connection").isSubsetOf(200, 503, -1);

        Process again = startServer(port, storePort);
        awaitReady(port, again);
        Set<String> stored = storedAggregates(storePort);
        Set<String> ok = new HashSet<>();
        Set<String> refused = new HashSet<>();
        answers.forEach((id, status) -> (status == 200 ? ok : refused).add(id));
        assertThat(ok).isNotEmpty();
        assertThat(stored).as("every command answered 200 is stored").containsAll(ok);
        assertThat(stored).as("no command refused was stored").doesNotContainAnyElementsOf(refused);
        System.err.printf("SIGTERM to exit: %d ms; %d commands answered 200, %d refused%n", tookMillis, ok.size(),
                refused.size());
    }

    private Process startServer(int port, int storePort) throws IOException {
        var builder = new ProcessBuilder(java(), "-jar", JAR.toString(), "--server.port=" + port,
                "--ponte.data-dir=" + data, "--ponte.demo.enabled=false",
                "--ponte.api.rate-limit.per-minute=1000000", "--ponte.api.rate-limit.per-address-per-minute=1000000");
        cleanEnvironment(builder.environment());
        builder.environment().put("PONTE_EMBEDDED_PORT", String.valueOf(storePort));
        Path log = data.getParent().resolve("server-" + port + "-" + started.size() + ".log");
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        started.add(process);
        return process;
    }

    private static void awaitReady(int port, Process server) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < until) {
            assertThat(server.isAlive()).as("the server is running").isTrue();
            try {
                if (get(port, "/actuator/health/readiness", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The server did not become ready on port " + port);
    }

    private static long count(int storePort, String collection) throws Exception {
        return Long.parseLong(python(storePort, "print(db[sys.argv[2]].count_documents({}))", collection));
    }

    /** Every aggregate identifier in the store's commits, read by pymongo. */
    private static Set<String> storedAggregates(int storePort) throws Exception {
        String out = python(storePort, String.join("\n",
                "import json",
                "ids = set()",
                "for commit in db['events'].find({}, {'events.aggregate': 1}):",
                "    for event in commit.get('events', []):",
                "        if event.get('aggregate'):",
                "            ids.add(str(event['aggregate']))",
                "print(json.dumps(sorted(ids)))"));
        return Set.of(JSON.readValue(out, String[].class));
    }

    private static String python(int storePort, String script, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3", "-c",
                "import sys, pymongo\n"
                        + "db = pymongo.MongoClient(sys.argv[1], serverSelectionTimeoutMS=5000)['ponte']\n" + script,
                "mongodb://127.0.0.1:" + storePort + "/"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
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

    private static HttpResponse<String> post(int port, String path, String token, String json) throws IOException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void cleanEnvironment(Map<String, String> environment) {
        environment.keySet().removeIf(name -> name.startsWith("PONTE_") || name.equals("PORT"));
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
