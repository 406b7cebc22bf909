package app.ponte.live;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.dashboard.GetProgramDashboard;
import app.ponte.dashboard.ProgramDashboard;
import app.ponte.program.ProgramId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.axonframework.queryhandling.SubscriptionQueryUpdateMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two app instances share one database: a change written through either reaches live queries on both. */
class ChangeRelayTest {

    private final EmbeddedReadModels nodeA = new EmbeddedReadModels();

    @AfterEach
    void close() {
        nodeA.close();
    }

    @Test
    void aChangeWrittenOnOneInstanceReachesSubscribersOnAnother() {
        // The second instance: its own query bus and emitter, the same database.
        var nodeB = SimpleQueryUpdateEmitter.builder().build();
        var relayB = new ChangeRelay(new ReadModelChanges(nodeA.database()), nodeB);
        var program = ProgramId.random();
        var other = ProgramId.random();
        var received = new CopyOnWriteArrayList<String>();
        var subscription = watch(nodeB, program, received);
        relayB.poll();

        nodeA.changes().touch(ReadModelChanges.program(program), ReadModelChanges.program(other));
        relayB.poll();
        relayB.poll();

        assertThat(received).containsExactly(ReadModelChanges.program(program));
        subscription.cancel();
    }

    @Test
    void aTouchOnThisInstanceIsRelayedWithoutWaitingForATick() throws InterruptedException {
        var emitter = SimpleQueryUpdateEmitter.builder().build();
        var changes = new ReadModelChanges(nodeA.database());
        var relay = new ChangeRelay(changes, emitter);
        var program = ProgramId.random();
        var received = new CopyOnWriteArrayList<String>();
        var subscription = watch(emitter, program, received);
        relay.poll();
        // No scheduled polling at all: only the nudge after the touch can deliver the update.
        var executor = Executors.newSingleThreadExecutor();
        try {
            changes.afterTouch(() -> relay.nudge(executor));
            changes.touch(ReadModelChanges.program(program));
            for (int i = 0; i < 100 && received.isEmpty(); i++) {
                Thread.sleep(50);
            }
        } finally {
            executor.shutdownNow();
        }

        assertThat(received).containsExactly(ReadModelChanges.program(program));
        subscription.cancel();
    }

    /** A dashboard subscription on a query bus of its own, noting the topics of the updates it receives. */
    private static SubscriptionQueryResult<?, SubscriptionQueryUpdateMessage<ReadModelChanged>> watch(
            SimpleQueryUpdateEmitter emitter, ProgramId program, List<String> received) {
        var bus = SimpleQueryBus.builder().queryUpdateEmitter(emitter).build();
        bus.subscribe(GetProgramDashboard.class.getName(), ProgramDashboard.class, message -> null);
        var subscription = bus.subscriptionQuery(new GenericSubscriptionQueryMessage<>(
                new GetProgramDashboard(program), ResponseTypes.instanceOf(ProgramDashboard.class),
                ResponseTypes.instanceOf(ReadModelChanged.class)));
        subscription.updates().subscribe(update -> received.add(update.getPayload().topic()));
        return subscription;
    }
}
