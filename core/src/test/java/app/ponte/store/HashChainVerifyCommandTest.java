package app.ponte.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/** The command-line verify on the embedded store's file, as an operator runs it with Ponte stopped. */
class HashChainVerifyCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void verifiesTheChainInTheDataFolderAndFindsAnEditMadeWhilePonteWasStopped() {
        try (MongoStore store = MongoStore.open("", dataDir, "ponte")) {
            var engine = MongoEventStorageEngine.builder()
                    .database(store.database())
                    .eventSerializer(PonteSerializer.jackson())
                    .snapshotSerializer(PonteSerializer.jackson())
                    .build();
            engine.appendEvents(event(0), event(1));
            engine.appendEvents(event(2));
            try (var chain = new HashChain(store.database(), engine)) {
                chain.extend();
            }
        }

        assertThat(HashChainVerifyCommand.run("", dataDir, "ponte"))
                .extracting(HashChainReport::intact, HashChainReport::linked).containsExactly(true, 3L);

        try (MongoStore store = MongoStore.open("", dataDir, "ponte")) {
            store.database().getCollection(MongoEventStorageEngine.EVENTS)
                    .updateOne(Filters.eq("_id", 1L), Updates.set("events.1.payload", "\"forged\""));
        }

        assertThat(HashChainVerifyCommand.run("", dataDir, "ponte").brokenAt()).isEqualTo(2);
    }

    private static GenericDomainEventMessage<String> event(long sequence) {
        return new GenericDomainEventMessage<>("Test", "a", sequence, "a" + sequence);
    }
}
