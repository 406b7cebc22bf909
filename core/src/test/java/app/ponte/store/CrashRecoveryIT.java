package app.ponte.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A child JVM appends through the engine to the embedded file store and prints every acknowledged commit; it is
 * killed with SIGKILL at a random moment. After each of five rounds every acknowledged event must be in the store,
 * and no commit may be there in part.
 */
class CrashRecoveryIT {

    private static final Logger log = LoggerFactory.getLogger(CrashRecoveryIT.class);
    private static final int ROUNDS = 5;

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedEventSurvivesSigkill() throws Exception {
        Set<String> acknowledged = new HashSet<>();
        List<List<String>> commits = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            List<List<String>> roundCommits = runAndKill();
            roundCommits.forEach(commit -> acknowledged.addAll(commit));
            commits.addAll(roundCommits);

            List<String> stored = readAll();
            Set<String> storedSet = new HashSet<>(stored);
            log.info("Round {}: {} commits acknowledged before SIGKILL; {} events acknowledged in all, {} stored",
                    round, roundCommits.size(), acknowledged.size(), stored.size());
            assertThat(roundCommits).as("the child acknowledged commits before it was killed").isNotEmpty();
            assertThat(storedSet).as("every acknowledged event is stored after round %d", round)
                    .containsAll(acknowledged);
            assertThat(stored).as("no event is stored twice").doesNotHaveDuplicates();
            assertWhole();
        }
    }

    /**
     * Each commit of the child is one new aggregate whose events say "event i of n": either all n of them are
     * stored, or none.
     */
    private void assertWhole() {
        Map<String, List<String>> byAggregate = new HashMap<>();
        storedEvents.forEach(event -> byAggregate.computeIfAbsent(event.getAggregateIdentifier(),
                aggregate -> new ArrayList<>()).add(String.valueOf(event.getPayload())));
        byAggregate.forEach((aggregate, payloads) -> {
            int size = Integer.parseInt(payloads.get(0).substring(payloads.get(0).lastIndexOf(' ') + 1));
            assertThat(payloads).as("events stored of commit %s", aggregate).hasSize(size);
        });
    }

    private final List<DomainEventMessage<?>> storedEvents = new ArrayList<>();

    private List<List<String>> runAndKill() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<List<String>> acknowledged = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.equals("READY")) {
                // start-up output
            }
            long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(
                    ThreadLocalRandom.current().nextInt(500, 1500));
            while (System.nanoTime() < killAt && (line = lines.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(Arrays.asList(line.substring(4).split(" ")));
                }
            }
            // SIGKILL: no shutdown hook, no flush, no close. (Process.destroyForcibly would also close our end of
            // the pipe, losing acknowledgements still in it.)
            new ProcessBuilder("kill", "-KILL", Long.toString(child.pid())).start().waitFor();
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(Arrays.asList(line.substring(4).split(" ")));
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        return acknowledged;
    }

    private List<String> readAll() {
        try (MongoStore store = MongoStore.open("", dataDir, "crash")) {
            MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                    .database(store.database())
                    .eventSerializer(PonteSerializer.jackson())
                    .snapshotSerializer(PonteSerializer.jackson())
                    // The writer is dead: a number it took but never filled is abandoned, no need to wait.
                    .gapTimeout(Duration.ZERO)
                    .build();
            List<TrackedEventMessage<?>> events = engine.readEvents(null, false).collect(Collectors.toList());
            storedEvents.clear();
            events.forEach(event -> storedEvents.add((DomainEventMessage<?>) event));
            return events.stream().map(TrackedEventMessage::getIdentifier).toList();
        }
    }
}
