package app.ponte.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/** How readers treat global numbers that were handed out but hold no events (yet). */
class GapHandlingTest {

    private final MovableClock clock = new MovableClock();
    private MongoStore store;
    private MongoEventStorageEngine engine;

    @BeforeEach
    void setUp() {
        store = MongoStore.inMemory("gaps");
        engine = newNode();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void eventsAfterANumberStillInFlightAreHeldBackUntilTheGapTimeout() {
        append("a", 0);
        takeNumberAndDie();
        append("b", 0);

        assertThat(payloads()).containsExactly("a0");
        clock.advance(Duration.ofSeconds(9));
        assertThat(payloads()).as("still waiting for number 2").containsExactly("a0");

        clock.advance(Duration.ofSeconds(2));
        assertThat(payloads()).containsExactly("a0", "b0");
        assertThat(numbers()).containsExactly(1L, 3L);
        assertThat(store.database().getCollection(MongoEventStorageEngine.EVENTS)
                .find(Filters.eq("_id", 2L)).first())
                .as("number 2 is claimed, so a late writer can no longer use it").isNotNull();
    }

    @Test
    void aWriterWhoseNumberWasClaimedCommitsAgainUnderAFreshNumber() {
        append("a", 0);
        // A reader claimed the next number before this writer could insert under it.
        store.database().getCollection(MongoEventStorageEngine.EVENTS)
                .insertOne(new Document("_id", 2L).append("g", List.of(2L)));

        append("a", 1);

        assertThat(payloads()).containsExactly("a0", "a1");
        assertThat(numbers()).containsExactly(1L, 3L);
    }

    @Test
    void aRejectedAppendLeavesNothingForReadersToWaitFor() {
        append("a", 0);
        append("a", 1);
        assertThatThrownBy(() -> engine.appendEvents(List.of(event("a", 1), event("a", 2))))
                .isInstanceOf(ConcurrencyException.class);
        append("b", 0);

        assertThat(payloads()).as("no waiting for the numbers of the rejected append")
                .containsExactly("a0", "a1", "b0");
        assertThat(engine.readEvents("a").asStream().count()).as("nothing of the rejected append is stored")
                .isEqualTo(2);
    }

    @Test
    void aReaderResumingInsideACommitGetsTheRestOfIt() {
        engine.appendEvents(List.of(event("a", 0), event("a", 1), event("a", 2)));
        append("b", 0);

        List<Object> rest = engine.readEvents(new GlobalSequenceTrackingToken(1), false)
                .map(event -> (Object) event.getPayload()).toList();

        assertThat(rest).containsExactly("a1", "a2", "b0");
    }

    @Test
    void numbersNotYetHandedOutAreTheEndOfTheStreamNotAGap() {
        append("a", 0);
        clock.advance(Duration.ofHours(1));

        assertThat(payloads()).containsExactly("a0");
        assertThat(store.database().getCollection(MongoEventStorageEngine.EVENTS).countDocuments())
                .as("nothing claimed beyond the head").isEqualTo(1);
    }

    @Test
    void aWriterThatDiedAtTheHeadLeavesNothingToWaitForAndTheNextWriterTakesItsNumber() {
        append("a", 0);
        takeNumberAndDie();

        // The node restarts: its new engine knows nothing of the number the dead writer held.
        newNode().appendEvents(event("b", 0));

        assertThat(numbers()).containsExactly(1L, 2L);
        assertThat(claims()).isZero();
    }

    @Test
    void aNodeThatKnowsNothingCommitsRightAfterTheHeadWithoutLeavingAHole() {
        for (int commit = 0; commit < 300; commit++) {
            engine.appendEvents(List.of(event("a", 2 * commit), event("a", 2 * commit + 1)));
        }
        MongoEventStorageEngine other = newNode();

        other.appendEvents(event("b", 0));
        append("a", 600);
        other.appendEvents(event("b", 1));

        assertThat(numbers()).as("numbers 1 to 603 without a hole").hasSize(603).endsWith(603L);
        assertThat(claims()).isZero();
        assertThat(payloads()).endsWith("b0", "a600", "b1");
    }

    @Test
    void theFirstFreeNumberIsFoundAfterTheLastTakenOneEvenFarAhead() {
        List<GenericDomainEventMessage<String>> events = new ArrayList<>();
        for (int sequence = 0; sequence < 5_000; sequence++) {
            events.add(event("a", sequence));
        }
        engine.appendEvents(events);
        append("b", 0);

        assertThat(newNode().firstFreeAfter(0)).isEqualTo(5_002);
        assertThat(newNode().head()).isEqualTo(5_001);
    }

    @Test
    void aHoleBelowTheHeadIsFoundAsFreeSoAWriterFillsIt() {
        append("a", 0);
        takeNumberAndDie();
        append("b", 0);

        assertThat(newNode().firstFreeAfter(0)).as("number 2 is free, number 1 taken").isEqualTo(2);
    }

    private MongoEventStorageEngine newNode() {
        return MongoEventStorageEngine.builder()
                .database(store.database())
                .eventSerializer(PonteSerializer.jackson())
                .snapshotSerializer(PonteSerializer.jackson())
                .gapTimeout(Duration.ofSeconds(10))
                .clock(clock)
                .build();
    }

    private long claims() {
        return store.database().getCollection(MongoEventStorageEngine.EVENTS)
                .countDocuments(Filters.exists("events", false));
    }

    private void takeNumberAndDie() {
        engine.takeNumbers(1);
    }

    private void append(String aggregate, long sequence) {
        engine.appendEvents(event(aggregate, sequence));
    }

    private static GenericDomainEventMessage<String> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Test", aggregate, sequence, aggregate + sequence);
    }

    private List<Object> payloads() {
        return engine.readEvents(null, false).map(event -> (Object) event.getPayload()).toList();
    }

    private List<Long> numbers() {
        return engine.readEvents(null, false)
                .map(event -> ((GlobalSequenceTrackingToken) event.trackingToken()).getGlobalIndex()).toList();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
