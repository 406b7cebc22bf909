package app.ponte.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two nodes, each with its own engine and client on one shared database, append concurrently while a streaming
 * processor on each node counts what it sees. Writers race on shared aggregates, so some appends fail with a
 * concurrency conflict; their events must never be seen, and every acknowledged event must be seen exactly once,
 * in global order, by both processors.
 */
class ConcurrentNodesIT {

    private static final Logger log = LoggerFactory.getLogger(ConcurrentNodesIT.class);

    private static final int WRITERS_PER_NODE = 4;
    private static final int TARGET_EVENTS = 20_000;
    private static final int AGGREGATES = 256;

    @Test
    void everyAcknowledgedEventIsSeenOnceInGlobalOrderOnEveryNode() throws Exception {
        try (MongoStore nodeA = MongoStore.inMemory("nodes");
                MongoStore nodeB = MongoStore.open(nodeA.embeddedConnectionString(), null, "nodes")) {
            Node[] nodes = {new Node("A", nodeA), new Node("B", nodeB)};
            for (Node node : nodes) {
                node.start();
            }

            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicInteger conflicts = new AtomicInteger();
            AtomicInteger written = new AtomicInteger();
            List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS_PER_NODE * nodes.length);
            CountDownLatch done = new CountDownLatch(WRITERS_PER_NODE * nodes.length);
            for (Node node : nodes) {
                for (int w = 0; w < WRITERS_PER_NODE; w++) {
                    writers.submit(() -> {
                        try {
                            while (written.get() < TARGET_EVENTS) {
                                appendNext(node, acknowledged, conflicts, written);
                            }
                        } catch (RuntimeException | Error e) {
                            failures.add(e);
                        } finally {
                            done.countDown();
                        }
                    });
                }
            }
            assertThat(done.await(5, TimeUnit.MINUTES)).as("writers finished").isTrue();
            writers.shutdown();
            assertThat(failures).as("appends that failed other than by a conflict").isEmpty();

            for (Node node : nodes) {
                node.awaitCount(acknowledged.size(), Duration.ofMinutes(2));
                node.stop();
            }

            long numbersLost = nodes[0].engine.numbersLost() + nodes[1].engine.numbersLost();
            log.info("{} events acknowledged, {} appends rejected as conflicts, {} commits made again after the "
                    + "other node took their number, seen by both nodes in order", acknowledged.size(),
                    conflicts.get(), numbersLost);
            assertThat(acknowledged.size()).isGreaterThanOrEqualTo(TARGET_EVENTS);
            assertThat(conflicts.get()).as("appends rejected as concurrency conflicts").isPositive();
            // Each node hands out numbers from what it knows; racing the other node must have cost some commits
            // their number, or this test would not exercise how the store recovers from that.
            assertThat(numbersLost).as("commits that lost their number to the other node").isPositive();
            for (Node node : nodes) {
                assertThat(node.seenIds).as("node %s saw no event twice", node.name)
                        .doesNotHaveDuplicates();
                assertThat(new HashSet<>(node.seenIds)).as("node %s saw exactly the acknowledged events", node.name)
                        .isEqualTo(acknowledged);
                assertThat(node.seenNumbers).as("node %s saw them in global order", node.name).isSorted();
            }
            assertThat(nodes[0].seenIds).as("both nodes saw the same order").isEqualTo(nodes[1].seenIds);
        }
    }

    /** Appends one to three events to a random shared aggregate, as a command would after loading it. */
    private static void appendNext(Node node, Set<String> acknowledged, AtomicInteger conflicts,
            AtomicInteger written) {
        String aggregate = "aggregate-" + ThreadLocalRandom.current().nextInt(AGGREGATES);
        long next = node.engine.lastSequenceNumberFor(aggregate).map(last -> last + 1).orElse(0L);
        int count = 1 + ThreadLocalRandom.current().nextInt(3);
        List<EventMessage<?>> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(new GenericDomainEventMessage<>("Counter", aggregate, next + i, "tick " + (next + i)));
        }
        try {
            node.engine.appendEvents(batch);
            batch.forEach(event -> acknowledged.add(event.getIdentifier()));
            written.addAndGet(count);
        } catch (ConcurrencyException | org.axonframework.modelling.command.AggregateStreamCreationException e) {
            conflicts.incrementAndGet();
        }
    }

    private static final class Node {
        final String name;
        final MongoEventStorageEngine engine;
        final EmbeddedEventStore eventStore;
        final List<String> seenIds = Collections.synchronizedList(new ArrayList<>());
        final List<Long> seenNumbers = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong seen = new AtomicLong();
        PooledStreamingEventProcessor processor;

        Node(String name, MongoStore store) {
            this.name = name;
            this.engine = MongoEventStorageEngine.builder()
                    .database(store.database())
                    .eventSerializer(PonteSerializer.jackson())
                    .snapshotSerializer(PonteSerializer.jackson())
                    .gapTimeout(Duration.ofSeconds(1))
                    .build();
            this.eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
        }

        void start() {
            EventMessageHandler counter = new EventMessageHandler() {
                @Override
                public Object handle(EventMessage<?> event) {
                    TrackedEventMessage<?> tracked = (TrackedEventMessage<?>) event;
                    seenNumbers.add(((GlobalSequenceTrackingToken) tracked.trackingToken()).getGlobalIndex());
                    seenIds.add(event.getIdentifier());
                    seen.incrementAndGet();
                    return null;
                }
            };
            processor = PooledStreamingEventProcessor.builder()
                    .name("counter-" + name)
                    .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(counter).build())
                    .rollbackConfiguration(RollbackConfigurationType.ANY_THROWABLE)
                    .errorHandler(context -> {
                        throw new IllegalStateException("Processor failed", context.error());
                    })
                    .messageSource((StreamableMessageSource<TrackedEventMessage<?>>) eventStore)
                    .tokenStore(new InMemoryTokenStore())
                    .transactionManager(org.axonframework.common.transaction.NoTransactionManager.INSTANCE)
                    .coordinatorExecutor(Executors.newSingleThreadScheduledExecutor())
                    .workerExecutor(Executors.newSingleThreadScheduledExecutor())
                    .initialSegmentCount(1)
                    .batchSize(100)
                    .build();
            processor.start();
        }

        void awaitCount(int expected, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (seen.get() < expected && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            // Give a stray duplicate, if there were one, a moment to show itself.
            Thread.sleep(500);
        }

        void stop() {
            processor.shutDown();
            eventStore.shutDown();
        }
    }

}
