package app.ponte.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/** The hash chain over the event store: extended as events arrive, and breaking exactly where the store was altered. */
class HashChainTest {

    private MongoStore store;
    private MongoEventStorageEngine engine;
    private HashChain chain;

    @BeforeEach
    void setUp() {
        store = MongoStore.inMemory("chain");
        engine = MongoEventStorageEngine.builder()
                .database(store.database())
                .eventSerializer(PonteSerializer.jackson())
                .snapshotSerializer(PonteSerializer.jackson())
                .gapTimeout(Duration.ZERO)
                .build();
        chain = new HashChain(store.database(), engine);
    }

    @AfterEach
    void tearDown() {
        chain.close();
        store.close();
    }

    @Test
    void everyAppendedEventIsLinkedAndVerifies() {
        append("a", 0);
        engine.appendEvents(List.of(event("a", 1), event("a", 2)));
        append("b", 0);

        assertThat(chain.extend()).isEqualTo(4);
        assertThat(chain.extend()).as("nothing new to link").isZero();
        append("b", 1);
        assertThat(chain.extend()).isEqualTo(1);

        var report = chain.verify();
        assertThat(report.intact()).isTrue();
        assertThat(report.linked()).isEqualTo(5);
        assertThat(report.summary()).isEqualTo("All 5 events verify.");
    }

    @Test
    void aPayloadEditedInMongoDbBreaksTheChainAtThatEvent() {
        appendFive();
        chain.extend();
        // Event 3 is the second of a two-event commit: the edit goes straight into the stored document.
        events().updateOne(Filters.eq("_id", 2L), Updates.set("events.1.payload", "\"forged\""));

        var report = chain.verify();

        assertThat(report.intact()).isFalse();
        assertThat(report.brokenAt()).isEqualTo(3);
        assertThat(report.verified()).isEqualTo(2);
        assertThat(report.summary()).startsWith("The chain breaks at event 3 (");
    }

    @Test
    void editedMetadataBreaksTheChainAtThatEvent() {
        appendFive();
        chain.extend();
        events().updateOne(Filters.eq("_id", 5L), Updates.set("events.0.metaData", "{\"userId\":\"someone-else\"}"));

        assertThat(chain.verify().brokenAt()).isEqualTo(5);
    }

    @Test
    void aDeletedEventIsReportedAtItsNumber() {
        appendFive();
        chain.extend();
        events().deleteOne(Filters.eq("_id", 4L));

        var report = chain.verify();

        assertThat(report.brokenAt()).isEqualTo(4);
        assertThat(report.reason()).isEqualTo("the event is missing from the store");
    }

    @Test
    void anEventRemovedFromInsideACommitIsReportedAtItsNumber() {
        appendFive();
        chain.extend();
        events().updateOne(Filters.eq("_id", 2L), Updates.popLast("events"));

        assertThat(chain.verify().brokenAt()).isEqualTo(3);
    }

    @Test
    void aDeletedEventReplacedByAnEmptyClaimIsStillReported() {
        appendFive();
        chain.extend();
        events().deleteOne(Filters.eq("_id", 4L));
        events().insertOne(new Document("_id", 4L).append("g", List.of(4L)));

        assertThat(chain.verify().brokenAt()).isEqualTo(4);
    }

    @Test
    void anEditedLinkIsReportedAtItsNumber() {
        appendFive();
        chain.extend();
        store.database().getCollection(HashChain.LINKS)
                .updateOne(Filters.eq("_id", 2L), Updates.set("hash", "00".repeat(32)));

        assertThat(chain.verify().brokenAt()).isEqualTo(2);
    }

    @Test
    void numbersClaimedEmptyAreLinkedAndVerify() {
        append("a", 0);
        // A writer took number 2 and died; the reader behind the chain claims it (gap timeout zero here).
        engine.takeNumbers(1);
        append("a", 1);

        chain.extend();

        assertThat(chain.verify()).extracting(HashChainReport::linked, HashChainReport::intact)
                .containsExactly(3L, true);
    }

    @Test
    void twoNodesExtendingTheSameChainAgreeOnEveryLink() {
        appendFive();
        var otherNode = new HashChain(store.database(), engine);
        otherNode.extend();
        append("c", 0);
        chain.extend();
        otherNode.extend();

        assertThat(store.database().getCollection(HashChain.LINKS).countDocuments()).isEqualTo(6);
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void aLinkCoversTheEventsIdentifierPayloadAndMetadata() {
        var event = new Document("id", "e1").append("payload", "p").append("metaData", "m");
        var previous = new byte[32];
        var base = HashChain.link(previous, event);
        for (Map.Entry<String, String> change : Map.of("id", "e2", "payload", "q", "metaData", "n").entrySet()) {
            var changed = new Document(event).append(change.getKey(), change.getValue());
            assertThat(HashChain.link(previous, changed)).as(change.getKey()).isNotEqualTo(base);
        }
        var otherPrevious = new byte[32];
        otherPrevious[0] = 1;
        assertThat(HashChain.link(otherPrevious, event)).isNotEqualTo(base);
    }

    /** Numbers 1 (a0), 2 to 3 (a1, a2, one commit), 4 (b0) and 5 (b1). */
    private void appendFive() {
        append("a", 0);
        engine.appendEvents(List.of(event("a", 1), event("a", 2)));
        append("b", 0);
        append("b", 1);
    }

    private MongoCollection<Document> events() {
        return store.database().getCollection(MongoEventStorageEngine.EVENTS);
    }

    private void append(String aggregate, long sequence) {
        engine.appendEvents(event(aggregate, sequence));
    }

    private static GenericDomainEventMessage<String> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Test", aggregate, sequence, aggregate + sequence);
    }
}
