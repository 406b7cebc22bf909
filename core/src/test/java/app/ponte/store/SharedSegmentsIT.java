package app.ponte.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.junit.jupiter.api.Test;

/**
 * One processor running on two nodes: its segments are claimed through the MongoDB token store, so the nodes
 * split the work, and every event is handled once across both.
 */
class SharedSegmentsIT {

    private static final int EVENTS = 3_000;
    private static final int SEGMENTS = 4;

    @Test
    void twoNodesSplitOneProcessorsSegmentsThroughTheTokenStore() throws Exception {
        try (MongoStore nodeA = MongoStore.inMemory("shared");
                MongoStore nodeB = MongoStore.open(nodeA.embeddedConnectionString(), null, "shared")) {
            Map<String, List<String>> handledBy = new ConcurrentHashMap<>();
            List<PooledStreamingEventProcessor> processors = new ArrayList<>();
            List<EmbeddedEventStore> stores = new ArrayList<>();
            MongoEventStorageEngine writer = null;
            for (MongoStore node : List.of(nodeA, nodeB)) {
                MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                        .database(node.database())
                        .eventSerializer(PonteSerializer.jackson())
                        .snapshotSerializer(PonteSerializer.jackson())
                        .build();
                writer = writer == null ? engine : writer;
                EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
                stores.add(eventStore);
                String name = node == nodeA ? "A" : "B";
                List<String> handled = Collections.synchronizedList(new ArrayList<>());
                handledBy.put(name, handled);
                EventMessageHandler handler = new EventMessageHandler() {
                    @Override
                    public Object handle(EventMessage<?> event) {
                        handled.add(event.getIdentifier());
                        return null;
                    }
                };
                PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
                        .name("shared")
                        .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(handler).build())
                        .rollbackConfiguration(RollbackConfigurationType.ANY_THROWABLE)
                        .errorHandler(context -> {
                            throw new IllegalStateException("Processor failed", context.error());
                        })
                        .messageSource((StreamableMessageSource<TrackedEventMessage<?>>) eventStore)
                        .tokenStore(node.tokenStore(PonteSerializer.jackson(), "node-" + name))
                        .transactionManager(NoTransactionManager.INSTANCE)
                        .coordinatorExecutor(Executors.newSingleThreadScheduledExecutor())
                        .workerExecutor(Executors.newScheduledThreadPool(2))
                        .initialSegmentCount(SEGMENTS)
                        .maxClaimedSegments(SEGMENTS / 2)
                        .batchSize(50)
                        .build();
                processors.add(processor);
                processor.start();
            }

            List<String> written = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                GenericDomainEventMessage<String> event =
                        new GenericDomainEventMessage<>("Counter", "aggregate-" + (i % 97), i / 97, "tick " + i);
                writer.appendEvents(event);
                written.add(event.getIdentifier());
            }

            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (handledBy.values().stream().mapToInt(List::size).sum() < EVENTS && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(500);
            processors.forEach(PooledStreamingEventProcessor::shutDown);
            stores.forEach(EmbeddedEventStore::shutDown);

            List<String> all = new ArrayList<>(handledBy.get("A"));
            all.addAll(handledBy.get("B"));
            assertThat(all).as("every event handled once across the nodes").doesNotHaveDuplicates();
            assertThat(new HashSet<>(all)).isEqualTo(new HashSet<>(written));
            assertThat(handledBy.get("A")).as("node A did part of the work").isNotEmpty();
            assertThat(handledBy.get("B")).as("node B did part of the work").isNotEmpty();
        }
    }
}
