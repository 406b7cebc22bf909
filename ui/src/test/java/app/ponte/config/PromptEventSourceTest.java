package app.ponte.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A caught-up reader hears of a new event from the source itself, and a closed stream is no longer called. */
class PromptEventSourceTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final PromptEventSource source = new PromptEventSource(store);

    @AfterEach
    void close() {
        source.close();
        store.shutDown();
    }

    @Test
    void aCaughtUpStreamIsCalledBackWhenAnEventArrives() throws InterruptedException {
        store.publish(GenericEventMessage.asEventMessage("before"));
        var stream = source.openStream(null);
        assertThat(stream.nextAvailable().getPayload()).isEqualTo("before");
        var called = new CountDownLatch(1);
        assertThat(stream.setOnAvailableCallback(called::countDown)).isTrue();

        store.publish(GenericEventMessage.asEventMessage("after"));

        assertThat(called.await(10, TimeUnit.SECONDS)).as("called back").isTrue();
        assertThat(stream.hasNextAvailable()).isTrue();
        assertThat(stream.nextAvailable().getPayload()).isEqualTo("after");
        stream.close();
    }

    @Test
    void aClosedStreamLeavesNoCallbackBehind() {
        var first = source.openStream(null);
        first.setOnAvailableCallback(() -> { });
        var second = source.openStream(null);
        second.setOnAvailableCallback(() -> { });
        assertThat(source.openStreams()).isEqualTo(2);

        first.close();
        second.close();

        assertThat(source.openStreams()).isZero();
    }
}
