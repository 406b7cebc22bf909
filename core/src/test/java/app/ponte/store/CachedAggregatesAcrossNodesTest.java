package app.ponte.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.annotation.ClasspathHandlerDefinition;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes share one database, each with its own engine, cached repository and gateway, wired as the application
 * wires them. A node that cached an aggregate before another node changed it decides its next command on stale
 * state; the store rejects that append, and the command must still succeed, decided on fresh state.
 */
class CachedAggregatesAcrossNodesTest {

    private final MongoStore storeA = MongoStore.inMemory("cached-nodes");
    private final MongoStore storeB = MongoStore.open(storeA.embeddedConnectionString(), null, "cached-nodes");
    private Node nodeA;
    private Node nodeB;

    @AfterEach
    void closeNodes() {
        for (Node node : new Node[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        storeB.close();
        storeA.close();
    }

    @Test
    void aNodeWithAStaleCachedAggregateDecidesItsNextCommandOnFreshState() {
        nodeA = new Node(storeA, new ConflictRetryScheduler(3, TallyRefused.class::isInstance));
        nodeB = new Node(storeB, new ConflictRetryScheduler(3, TallyRefused.class::isInstance));
        nodeA.gateway.sendAndWait(new OpenTally("t"));
        assertThat((Long) nodeA.gateway.sendAndWait(new Count("t"))).isEqualTo(1);
        assertThat(nodeA.cache.containsKey("t")).as("node A keeps the tally it decided on").isTrue();

        assertThat((Long) nodeB.gateway.sendAndWait(new Count("t"))).isEqualTo(2);

        assertThat((Long) nodeA.gateway.sendAndWait(new Count("t"))).as("decided on node B's count").isEqualTo(3);
        assertThat(counts(nodeB)).containsExactly(1L, 2L, 3L);
        assertThat((Long) nodeA.gateway.sendAndWait(new Count("t"))).as("and cached again").isEqualTo(4);
    }

    @Test
    void withoutTheRetryTheStaleDecisionIsRejectedAndItsCacheEntryDropped() {
        nodeA = new Node(storeA, null);
        nodeB = new Node(storeB, null);
        nodeA.gateway.sendAndWait(new OpenTally("t"));
        nodeA.gateway.sendAndWait(new Count("t"));
        nodeB.gateway.sendAndWait(new Count("t"));

        assertThatThrownBy(() -> nodeA.gateway.sendAndWait(new Count("t")))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(nodeA.cache.containsKey("t")).isFalse();
        assertThat((Long) nodeA.gateway.sendAndWait(new Count("t"))).isEqualTo(3);
        assertThat(counts(nodeA)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aDomainRejectionIsDecidedOnceMoreOnFreshStateThenAnswered() {
        nodeA = new Node(storeA, new ConflictRetryScheduler(3, TallyRefused.class::isInstance));
        nodeA.gateway.sendAndWait(new OpenTally("t"));
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> nodeA.gateway.sendAndWait(new Refuse("t", attempts)))
                .isInstanceOf(TallyRefused.class);
        assertThat(attempts).as("once on the cached copy, once on fresh state").hasValue(2);
        assertThat(nodeA.cache.containsKey("t")).as("a rejection drops the copy it was decided on").isFalse();
    }

    @Test
    void aRejectionDecidedOnAStaleCachedCopyIsNotTheAnswer() {
        nodeA = new Node(storeA, new ConflictRetryScheduler(3, TallyRefused.class::isInstance));
        nodeB = new Node(storeB, new ConflictRetryScheduler(3, TallyRefused.class::isInstance));
        nodeA.gateway.sendAndWait(new OpenTally("t"));
        nodeA.gateway.sendAndWait(new Count("t"));
        nodeB.gateway.sendAndWait(new Count("t"));

        // Node A's copy still counts 1 and would refuse; the store counts 2.
        assertThat((Long) nodeA.gateway.sendAndWait(new CountFrom("t", 2))).isEqualTo(3);
        assertThat(counts(nodeB)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aLookupIntoAnotherAggregateReadsWhatAnotherNodeChanged() {
        nodeA = new Node(storeA, new ConflictRetryScheduler(3, TallyRefused.class::isInstance), true);
        nodeB = new Node(storeB, new ConflictRetryScheduler(3, TallyRefused.class::isInstance), true);
        nodeA.gateway.sendAndWait(new OpenTally("t"));
        nodeA.gateway.sendAndWait(new OpenGate("g"));
        nodeA.gateway.sendAndWait(new CountThroughGate("t", "g"));
        assertThat(nodeA.cache.containsKey("g")).as("node A keeps the open gate").isTrue();

        nodeB.gateway.sendAndWait(new CloseGate("g"));

        assertThatThrownBy(() -> nodeA.gateway.sendAndWait(new CountThroughGate("t", "g")))
                .as("node B closed the gate").isInstanceOf(TallyRefused.class);
        assertThat(counts(nodeB)).containsExactly(1L);
    }

    @Test
    void aLookupThroughTheCachingRepositoryReadsAStaleCopy() {
        nodeA = new Node(storeA, new ConflictRetryScheduler(3, TallyRefused.class::isInstance), false);
        nodeB = new Node(storeB, new ConflictRetryScheduler(3, TallyRefused.class::isInstance), false);
        nodeA.gateway.sendAndWait(new OpenTally("t"));
        nodeA.gateway.sendAndWait(new OpenGate("g"));
        nodeA.gateway.sendAndWait(new CountThroughGate("t", "g"));

        nodeB.gateway.sendAndWait(new CloseGate("g"));

        // What the lookups did before they read past the cache: node A counts through a gate that is closed.
        assertThat((Long) nodeA.gateway.sendAndWait(new CountThroughGate("t", "g"))).isEqualTo(2);
        assertThat(counts(nodeB)).containsExactly(1L, 2L);
    }

    private static List<Long> counts(Node node) {
        return node.engine.readEvents("t").asStream()
                .filter(event -> event.getPayload() instanceof Counted)
                .map(event -> ((Counted) event.getPayload()).count()).toList();
    }

    /** One application instance: its own client, engine, event store, aggregate cache and gateway. */
    private static final class Node implements AutoCloseable {

        final MongoEventStorageEngine engine;
        final EmbeddedEventStore eventStore;
        final LruAggregateCache cache = new LruAggregateCache(100);
        final CommandGateway gateway;

        Node(MongoStore store, RetryScheduler retries) {
            this(store, retries, true);
        }

        /** @param freshLookups whether the tally reads gates past the cache, as the application's lookups do */
        Node(MongoStore store, RetryScheduler retries, boolean freshLookups) {
            engine = MongoEventStorageEngine.builder()
                    .database(store.database())
                    .eventSerializer(PonteSerializer.jackson())
                    .snapshotSerializer(PonteSerializer.jackson())
                    .snapshots(false)
                    .build();
            eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
            SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
            Repository<Gate> gates = EventSourcingRepository.builder(Gate.class).eventStore(eventStore).cache(cache)
                    .build();
            AggregateAnnotationCommandHandler.<Gate>builder().aggregateType(Gate.class).repository(gates).build()
                    .subscribe(commandBus);
            Repository<Gate> lookupRepository = freshLookups
                    ? LookupRepositories.uncached(Gate.class, eventStore, ClasspathParameterResolverFactory.forClass(
                            Gate.class), ClasspathHandlerDefinition.forClass(Gate.class))
                    : gates;
            GateLookup lookup = gateId -> lookupRepository.load(gateId).invoke(Gate::open);
            ParameterResolverFactory resolvers = MultiParameterResolverFactory.ordered(
                    new SimpleResourceParameterResolverFactory(List.of(lookup)),
                    ClasspathParameterResolverFactory.forClass(Tally.class));
            AggregateAnnotationCommandHandler.<Tally>builder()
                    .aggregateType(Tally.class)
                    .parameterResolverFactory(resolvers)
                    .repository(EventSourcingRepository.builder(Tally.class).eventStore(eventStore).cache(cache)
                            .parameterResolverFactory(resolvers).build())
                    .build()
                    .subscribe(commandBus);
            DefaultCommandGateway.Builder builder = DefaultCommandGateway.builder().commandBus(commandBus);
            if (retries != null) {
                builder.retryScheduler(retries);
            }
            gateway = builder.build();
        }

        @Override
        public void close() {
            eventStore.shutDown();
        }
    }

    record OpenTally(String tallyId) {
    }

    record Count(@TargetAggregateIdentifier String tallyId) {
    }

    record Refuse(@TargetAggregateIdentifier String tallyId, AtomicInteger attempts) {
    }

    /** Counts only when the tally has already reached {@code minimum}, and refuses otherwise. */
    record CountFrom(@TargetAggregateIdentifier String tallyId, long minimum) {
    }

    record TallyOpened(String tallyId) {
    }

    /** Counts only when the gate, another aggregate, is open. */
    record CountThroughGate(@TargetAggregateIdentifier String tallyId, String gateId) {
    }

    record OpenGate(String gateId) {
    }

    record CloseGate(@TargetAggregateIdentifier String gateId) {
    }

    record GateOpened(String gateId) {
    }

    record GateClosed(String gateId) {
    }

    /** How a tally reads a gate, as the application's lookups read other aggregates. */
    interface GateLookup {
        boolean isOpen(String gateId);
    }

    static class Gate {

        @AggregateIdentifier
        private String gateId;
        private boolean open;

        protected Gate() {
        }

        @CommandHandler
        Gate(OpenGate command) {
            apply(new GateOpened(command.gateId()));
        }

        @CommandHandler
        void handle(CloseGate command) {
            apply(new GateClosed(gateId));
        }

        boolean open() {
            return open;
        }

        @EventSourcingHandler
        void on(GateOpened event) {
            gateId = event.gateId();
            open = true;
        }

        @EventSourcingHandler
        void on(GateClosed event) {
            open = false;
        }
    }

    record Counted(String tallyId, long count) {
    }

    static final class TallyRefused extends RuntimeException {
        TallyRefused(String tallyId) {
            super("Tally " + tallyId + " refuses");
        }
    }

    static class Tally {

        @AggregateIdentifier
        private String tallyId;
        private long count;

        protected Tally() {
        }

        @CommandHandler
        Tally(OpenTally command) {
            apply(new TallyOpened(command.tallyId()));
        }

        @CommandHandler
        long handle(Count command) {
            apply(new Counted(tallyId, count + 1));
            return count;
        }

        @CommandHandler
        long handle(CountFrom command) {
            if (count < command.minimum()) {
                throw new TallyRefused(tallyId);
            }
            apply(new Counted(tallyId, count + 1));
            return count;
        }

        @CommandHandler
        long handle(CountThroughGate command, GateLookup gates) {
            if (!gates.isOpen(command.gateId())) {
                throw new TallyRefused(tallyId);
            }
            apply(new Counted(tallyId, count + 1));
            return count;
        }

        @CommandHandler
        void handle(Refuse command) {
            command.attempts().incrementAndGet();
            throw new TallyRefused(tallyId);
        }

        @EventSourcingHandler
        void on(TallyOpened event) {
            tallyId = event.tallyId();
        }

        @EventSourcingHandler
        void on(Counted event) {
            count = event.count();
        }
    }
}
